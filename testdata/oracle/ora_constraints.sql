-- Constraints with Oracle states (ENABLE, NOVALIDATE, DEFERRABLE, USING INDEX ...) and FK actions.
CREATE TABLE dept (
    deptno  NUMBER(4) CONSTRAINT dept_pk PRIMARY KEY USING INDEX TABLESPACE users ENABLE,
    dname   VARCHAR2(30) CONSTRAINT dept_dname_nn NOT NULL,
    loc     VARCHAR2(20),
    CONSTRAINT dept_dname_uk UNIQUE (dname) USING INDEX (CREATE UNIQUE INDEX x ON dept (dname)) ENABLE VALIDATE
);
CREATE TABLE emp (
    empno    NUMBER(6) NOT NULL ENABLE,
    ename    VARCHAR2(30),
    sal      NUMBER(8,2) CONSTRAINT emp_sal_ck CHECK (sal > 0),
    deptno   NUMBER(4) REFERENCES dept (deptno) ON DELETE CASCADE,
    mgr      NUMBER,
    status   CHAR(1) DEFAULT 'A',
    CONSTRAINT emp_pk PRIMARY KEY (empno) USING INDEX PCTFREE 10 TABLESPACE users,
    CONSTRAINT emp_status_ck CHECK (status IN ('A', 'I')) ENABLE NOVALIDATE,
    CONSTRAINT emp_mgr_fk FOREIGN KEY (mgr) REFERENCES emp (empno) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED
);
-- @exit 0 1
-- @pg-ok: INSERT INTO dept VALUES (10, 'SALES', 'NYC')
-- @pg-fail: INSERT INTO dept VALUES (10, 'OTHER', 'LA')
-- @error: dept_pk
-- @pg-fail: INSERT INTO dept VALUES (20, 'SALES', 'LA')
-- @error: dept_dname_uk
-- @pg-fail: INSERT INTO dept (deptno) VALUES (30)
-- @error: not-null
-- @pg-ok: INSERT INTO emp (empno, ename, sal, deptno) VALUES (1, 'KING', 5000, 10)
-- @pg-ok: INSERT INTO emp (empno, ename, sal, deptno, mgr) VALUES (2, 'JONES', 3000, 10, 1)
-- @pg-fail: INSERT INTO emp (empno, sal) VALUES (3, -1)
-- @error: emp_sal_ck
-- @pg-fail: INSERT INTO emp (empno, status) VALUES (4, 'X')
-- @error: emp_status_ck
-- @pg-fail: INSERT INTO emp (empno, deptno) VALUES (5, 99)
-- @error: foreign key
-- @pg-ok: DELETE FROM emp WHERE empno = 1
-- @pg: SELECT empno, mgr IS NULL FROM emp
-- @expect: 2|t
-- @pg-ok: DELETE FROM dept WHERE deptno = 10
-- @pg: SELECT count(*) FROM emp
-- @expect: 0
-- @pg: SELECT conname, condeferrable, condeferred, convalidated FROM pg_constraint WHERE conname IN ('emp_mgr_fk', 'emp_status_ck') ORDER BY 1
-- @expect: emp_mgr_fk|t|t|t
-- @expect: emp_status_ck|f|f|t
-- @pg: SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'emp'::regclass AND attname = 'mgr'
-- @expect: integer
-- @report: K044
