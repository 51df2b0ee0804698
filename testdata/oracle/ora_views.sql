-- Views: (+) outer joins become LEFT JOINs, ROWNUM <= n a limit, DECODE a CASE that matches NULL,
-- NVL/NVL2, || concatenation, FROM DUAL, MINUS, TO_CHAR with a format model, SYSDATE arithmetic.
CREATE TABLE dept (deptno NUMBER(2) PRIMARY KEY, dname VARCHAR2(14));
CREATE TABLE emp (empno NUMBER(4) PRIMARY KEY, ename VARCHAR2(10), deptno NUMBER(2), comm NUMBER(7,2),
                  hired DATE);
CREATE TABLE bonus (empno NUMBER(4), amount NUMBER(7,2));
INSERT INTO dept VALUES (10, 'ACCOUNTING');
CREATE VIEW v_emp_dept AS
  SELECT e.ename, d.dname
    FROM emp e, dept d
   WHERE e.deptno = d.deptno(+);
CREATE VIEW v_dept_emp_bonus AS
  SELECT d.dname, e.ename, b.amount
    FROM dept d, emp e, bonus b
   WHERE d.deptno = e.deptno (+)
     AND e.empno = b.empno(+)
     AND b.amount(+) > 100;
CREATE VIEW v_first2 AS
  SELECT * FROM (SELECT ename FROM emp ORDER BY ename) WHERE ROWNUM <= 2;
CREATE VIEW v_decode AS
  SELECT ename,
         DECODE(deptno, 10, 'ten', 20, 'twenty', NULL, 'none', 'other') AS dept_word,
         NVL(comm, 0) AS comm0,
         NVL2(comm, 'yes', 'no') AS has_comm,
         ename || '/' || deptno AS tag
    FROM emp;
CREATE VIEW v_dual AS SELECT 1 + 1 AS two, TO_CHAR(DATE '2024-03-05', 'YYYY/MM/DD') AS d FROM dual;
CREATE VIEW v_minus AS SELECT deptno FROM dept MINUS SELECT deptno FROM emp;
CREATE VIEW v_recent AS SELECT ename FROM emp WHERE hired > SYSDATE - 30;
-- @exit 0 1
-- @pg-ok: INSERT INTO dept VALUES (10, 'ACCOUNTING'), (20, 'RESEARCH'), (30, 'SALES')
-- @pg-ok: INSERT INTO emp VALUES (1, 'KING', 10, NULL, now() - interval '400 days'), \
--         (2, 'ADAMS', NULL, 50, now() - interval '3 days'), (3, 'BLAKE', 20, 300, now())
-- @pg-ok: INSERT INTO bonus VALUES (1, 50), (3, 500)
-- @pg: SELECT ename, coalesce(dname, '-') FROM v_emp_dept ORDER BY ename
-- @expect: ADAMS|-
-- @expect: BLAKE|RESEARCH
-- @expect: KING|ACCOUNTING
-- @pg: SELECT dname, coalesce(ename, '-'), coalesce(amount::text, '-') FROM v_dept_emp_bonus ORDER BY dname
-- @expect: ACCOUNTING|KING|-
-- @expect: RESEARCH|BLAKE|500.00
-- @expect: SALES|-|-
-- @pg: SELECT * FROM v_first2
-- @expect: ADAMS
-- @expect: BLAKE
-- @pg: SELECT ename, dept_word, comm0, has_comm, tag FROM v_decode ORDER BY ename
-- @expect: ADAMS|none|50.00|yes|ADAMS/
-- @expect: BLAKE|twenty|300.00|yes|BLAKE/20
-- @expect: KING|ten|0|no|KING/10
-- @pg: SELECT * FROM v_dual
-- @expect: 2|2024/03/05
-- @pg: SELECT * FROM v_minus
-- @expect: 30
-- @pg: SELECT ename FROM v_recent ORDER BY 1
-- @expect: ADAMS
-- @expect: BLAKE
-- @out-contains: LEFT JOIN
-- @out-not-contains: (+)
-- @my-ok: INSERT INTO dept VALUES (10, 'ACCOUNTING'), (20, 'RESEARCH'), (30, 'SALES')
-- @my-ok: INSERT INTO emp VALUES (1, 'KING', 10, NULL, now() - interval 400 day), \
--         (2, 'ADAMS', NULL, 50, now() - interval 3 day), (3, 'BLAKE', 20, 300, now())
-- @my-ok: INSERT INTO bonus VALUES (1, 50), (3, 500)
-- @my: SELECT ename, coalesce(dname, '-') FROM v_emp_dept ORDER BY ename
-- @expect: ADAMS|-
-- @expect: BLAKE|RESEARCH
-- @expect: KING|ACCOUNTING
-- @my: SELECT ename, dept_word, has_comm, tag FROM v_decode ORDER BY ename
-- @expect: ADAMS|none|yes|ADAMS/
-- @expect: BLAKE|twenty|yes|BLAKE/20
-- @expect: KING|ten|no|KING/10
-- @my: SELECT * FROM v_first2
-- @expect: ADAMS
-- @expect: BLAKE
-- @my: SELECT ename FROM v_recent ORDER BY 1
-- @expect: ADAMS
-- @expect: BLAKE
