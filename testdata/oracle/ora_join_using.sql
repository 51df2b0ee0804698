-- JOIN ... USING (cols) and NATURAL JOIN in views are kept as such.
CREATE TABLE dept (dept_id NUMBER(9) PRIMARY KEY, dname VARCHAR2(30));
CREATE TABLE emp (emp_id NUMBER(9) PRIMARY KEY, dept_id NUMBER(9), ename VARCHAR2(30));
CREATE TABLE loc (dept_id NUMBER(9), city VARCHAR2(30));

CREATE VIEW v_using AS
  SELECT dept_id, d.dname, e.ename FROM dept d JOIN emp e USING (dept_id);

CREATE VIEW v_using_left AS
  SELECT dept_id, dname, e.ename FROM dept d LEFT OUTER JOIN emp e USING (dept_id);

CREATE VIEW v_natural AS
  SELECT dept_id, dname, city FROM dept NATURAL JOIN loc;

-- @out-contains: USING (dept_id)
-- @out-contains: NATURAL JOIN
-- @pg-ok: INSERT INTO dept VALUES (10, 'ACCOUNTING'), (20, 'RESEARCH')
-- @pg-ok: INSERT INTO emp VALUES (1, 10, 'KING'), (2, NULL, 'ADAMS')
-- @pg-ok: INSERT INTO loc VALUES (10, 'NEW YORK'), (30, 'BOSTON')
-- @pg: SELECT * FROM v_using ORDER BY 1
-- @expect: 10|ACCOUNTING|KING
-- @pg: SELECT dept_id, dname, coalesce(ename, '-') FROM v_using_left ORDER BY 1
-- @expect: 10|ACCOUNTING|KING
-- @expect: 20|RESEARCH|-
-- @pg: SELECT * FROM v_natural
-- @expect: 10|ACCOUNTING|NEW YORK
-- @my-ok: INSERT INTO dept VALUES (10, 'ACCOUNTING'), (20, 'RESEARCH')
-- @my-ok: INSERT INTO emp VALUES (1, 10, 'KING'), (2, NULL, 'ADAMS')
-- @my-ok: INSERT INTO loc VALUES (10, 'NEW YORK'), (30, 'BOSTON')
-- @my: SELECT * FROM v_using ORDER BY 1
-- @expect: 10|ACCOUNTING|KING
-- @my: SELECT dept_id, dname, coalesce(ename, '-') FROM v_using_left ORDER BY 1
-- @expect: 10|ACCOUNTING|KING
-- @expect: 20|RESEARCH|-
-- @my: SELECT * FROM v_natural
-- @expect: 10|ACCOUNTING|NEW YORK
