-- CONNECT BY hierarchies in views become recursive CTEs; forms that do not map are reported.
CREATE TABLE emp (id NUMBER(9) PRIMARY KEY, mgr NUMBER(9), name VARCHAR2(30));

CREATE VIEW emp_tree AS
  SELECT e.id, e.name, LEVEL AS lvl
  FROM emp e
  START WITH e.mgr IS NULL
  CONNECT BY PRIOR e.id = e.mgr
  ORDER BY lvl, e.id;

CREATE VIEW emp_top2 AS
  SELECT id, name, LEVEL
  FROM emp
  WHERE LEVEL <= 2
  CONNECT BY mgr = PRIOR id
  START WITH mgr IS NULL;

CREATE VIEW emp_sub AS
  SELECT id, LEVEL - 1 AS depth FROM emp START WITH id = 2 CONNECT BY PRIOR id = mgr;

CREATE VIEW emp_path AS
  SELECT id, SYS_CONNECT_BY_PATH(name, '/') AS path FROM emp START WITH mgr IS NULL CONNECT BY PRIOR id = mgr;

CREATE VIEW emp_nocycle AS
  SELECT id FROM emp START WITH mgr IS NULL CONNECT BY NOCYCLE PRIOR id = mgr;

CREATE VIEW emp_siblings AS
  SELECT id FROM emp START WITH mgr IS NULL CONNECT BY PRIOR id = mgr ORDER SIBLINGS BY name;

-- @exit: 1
-- @report: P001
-- @report-object: SYS_CONNECT_BY_PATH
-- @report-object: NOCYCLE
-- @report-object: ORDER SIBLINGS BY
-- @out-match: ^WITH RECURSIVE
-- @pg-ok: INSERT INTO emp VALUES (1, NULL, 'KING'), (2, 1, 'JONES'), (3, 1, 'BLAKE'), (4, 2, 'SCOTT'), (5, 4, 'ADAMS'), (6, NULL, 'OTHER')
-- @pg: SELECT id, name, lvl FROM emp_tree
-- @expect: 1|KING|1
-- @expect: 6|OTHER|1
-- @expect: 2|JONES|2
-- @expect: 3|BLAKE|2
-- @expect: 4|SCOTT|3
-- @expect: 5|ADAMS|4
-- @pg: SELECT id, name, level FROM emp_top2 ORDER BY id
-- @expect: 1|KING|1
-- @expect: 2|JONES|2
-- @expect: 3|BLAKE|2
-- @expect: 6|OTHER|1
-- @pg: SELECT id, depth FROM emp_sub ORDER BY id
-- @expect: 2|0
-- @expect: 4|1
-- @expect: 5|2
-- @pg: SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = 'emp_top2'::regclass AND attnum > 0
-- @expect: id,name,level
-- @my-ok: INSERT INTO emp VALUES (1, NULL, 'KING'), (2, 1, 'JONES'), (3, 1, 'BLAKE'), (4, 2, 'SCOTT'), (5, 4, 'ADAMS'), (6, NULL, 'OTHER')
-- @my: SELECT id, name, lvl FROM emp_tree ORDER BY lvl, id
-- @expect: 1|KING|1
-- @expect: 6|OTHER|1
-- @expect: 2|JONES|2
-- @expect: 3|BLAKE|2
-- @expect: 4|SCOTT|3
-- @expect: 5|ADAMS|4
-- @my: SELECT id, depth FROM emp_sub ORDER BY id
-- @expect: 2|0
-- @expect: 4|1
-- @expect: 5|2
