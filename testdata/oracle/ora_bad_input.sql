-- A statement that does not parse is reported as file:line:col and carried; the next ones convert.
CREATE TABLE good1 (id NUMBER(3));
CREATE TABLE bad1 (id NUMBER(3) NOT NULL NULL NOT, );
CREATE TABLE bad2 (name VARCHAR2(10 BYTES));
CREATE VIEW bad_hier AS SELECT LEVEL AS lvl FROM dual CONNECT BY LEVEL <= 3;
CREATE VIEW bad_rownum AS SELECT id FROM good1 WHERE ROWNUM <= 5 ORDER BY id;
CREATE VIEW bad_oj AS SELECT a.id FROM good1 a, good2 b WHERE id = b.id(+);
CREATE TABLE good2 (id NUMBER(3), s VARCHAR2(5) DEFAULT &default_s);
CREATE TABLE good3 (id NUMBER(3));
-- @exit 1
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1
-- @expect: good1
-- @expect: good3
-- @report-eval: sum(1 for i in items if i["code"] == "P001") == 6
-- @report-object: WITH RECURSIVE
-- @report-object: ROWNUM limits rows before ORDER BY
-- @report-object: qualify the columns
-- @report-object: substitution variable
