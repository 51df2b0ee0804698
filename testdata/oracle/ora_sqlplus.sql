REM ora_sqlplus.sql - SQL*Plus script chatter is recognised and reported, never taken for SQL.
SET ECHO OFF
SET DEFINE OFF
SET SERVEROUTPUT ON SIZE 1000000
WHENEVER SQLERROR EXIT SQL.SQLCODE
SPOOL install.log
PROMPT Creating table T1 (don't worry about the quote)
DEFINE owner = hr
CONNECT hr/hr@orcl
ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD';
CREATE TABLE t1 (id NUMBER(3) PRIMARY KEY, name VARCHAR2(10))
/
rem a remark between statements
COLUMN name FORMAT a20
CREATE TABLE t2 (id NUMBER(3) PRIMARY KEY);
/
@@other_script.sql
@/abs/path/to/other.sql
COMMIT;
SPOOL OFF
EXIT
-- @exit 1
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1
-- @expect: t1
-- @expect: t2
-- @report: P002
-- @report-object: other_script.sql
-- @report-eval: sum(1 for i in items if i["code"] == "P002") >= 12
-- @report-eval: sum(1 for i in items if i["code"] == "P007") == 2
-- @out-contains: -- | PROMPT Creating table T1
