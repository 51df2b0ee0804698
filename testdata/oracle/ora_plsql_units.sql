-- PL/SQL units end at '/' alone on a line: they are carried whole, named, reported; what follows converts.
CREATE TABLE audit_log (id NUMBER(10), msg VARCHAR2(200), at DATE);
CREATE OR REPLACE PROCEDURE log_msg (p_msg IN VARCHAR2) IS
BEGIN
  INSERT INTO audit_log (msg, at) VALUES (p_msg, SYSDATE);
  -- a ';' inside the body does not end the unit
END log_msg;
/
CREATE OR REPLACE FUNCTION add_one (n NUMBER) RETURN NUMBER AS
BEGIN
  RETURN n + 1;
END;
/
CREATE OR REPLACE PACKAGE pkg AS
  PROCEDURE p;
END pkg;
/
CREATE OR REPLACE PACKAGE BODY pkg AS
  PROCEDURE p IS BEGIN NULL; END;
END pkg;
/
CREATE OR REPLACE EDITIONABLE TRIGGER audit_log_bi
  BEFORE INSERT ON audit_log
  FOR EACH ROW
BEGIN
  :new.at := NVL(:new.at, SYSDATE);
END;
/
CREATE TYPE point_t AS OBJECT (x NUMBER, y NUMBER, MEMBER FUNCTION norm RETURN NUMBER);
/
CREATE TYPE BODY point_t AS
  MEMBER FUNCTION norm RETURN NUMBER IS BEGIN RETURN SQRT(x*x + y*y); END;
END;
/
BEGIN
  log_msg('installed');
END;
/
CREATE TABLE after_units (id NUMBER(3));
-- @exit 1
-- @pg: SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1
-- @expect: after_units
-- @expect: audit_log
-- @report: C001
-- @report: C002
-- @report: C003
-- @report: C004
-- @report-object: log_msg
-- @report-object: audit_log_bi
-- @report-eval: sum(1 for i in items if i["code"] == "C004") == 3
-- @out-contains: -- | CREATE OR REPLACE PACKAGE BODY pkg AS
