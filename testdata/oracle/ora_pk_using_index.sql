-- A unique index created first, then ALTER TABLE ... ADD PRIMARY KEY / UNIQUE that Oracle enforces with it
-- (same columns, or USING INDEX name): one index per key in the target, the constraint name kept (K047).
CREATE TABLE emp (id NUMBER(6), name VARCHAR2(30), dept NUMBER(4));
CREATE UNIQUE INDEX emp_pk ON emp (id);
ALTER TABLE emp ADD CONSTRAINT emp_pk PRIMARY KEY (id);

CREATE TABLE media (prod_id NUMBER(6), ad_id NUMBER(6), note VARCHAR2(20));
CREATE UNIQUE INDEX media_ix ON media (prod_id, ad_id) TABLESPACE users;
ALTER TABLE media ADD ( CONSTRAINT media_pk PRIMARY KEY (prod_id, ad_id)
    , CONSTRAINT media_note_ck CHECK (note <> 'x') );

CREATE TABLE dept (id NUMBER(4), code VARCHAR2(5), name VARCHAR2(20));
CREATE UNIQUE INDEX dept_code_ix ON dept (code);
ALTER TABLE dept ADD CONSTRAINT dept_code_uk UNIQUE (code) USING INDEX dept_code_ix;
CREATE INDEX dept_id_ix ON dept (id);
ALTER TABLE dept ADD CONSTRAINT dept_pk PRIMARY KEY (id) USING INDEX TABLESPACE users ENABLE;
ALTER TABLE dept ADD CONSTRAINT dept_name_uk UNIQUE (name)
    USING INDEX (CREATE UNIQUE INDEX dept_name_ix ON dept (name));

CREATE TABLE job (id NUMBER(4), title VARCHAR2(20));
CREATE INDEX job_title_ix ON job (title DESC);
ALTER TABLE job ADD CONSTRAINT job_title_uk UNIQUE (title);
-- @exit: 0
-- @report: K047
-- @no-report: N002
-- @report-eval: sum(1 for i in items if i["code"] == "K047") == 5
-- @pg: SELECT tablename, indexname FROM pg_indexes WHERE tablename IN ('emp', 'media', 'dept', 'job') ORDER BY 1, 2
-- @expect: dept|dept_code_uk
-- @expect: dept|dept_name_uk
-- @expect: dept|dept_pk
-- @expect: emp|emp_pk
-- @expect: job|job_title_ix
-- @expect: job|job_title_uk
-- @expect: media|media_pk
-- @pg: SELECT conrelid::regclass, conname, contype, conindid::regclass FROM pg_constraint WHERE contype IN ('p', 'u') AND connamespace = 'public'::regnamespace ORDER BY 2
-- @expect: dept|dept_code_uk|u|dept_code_uk
-- @expect: dept|dept_name_uk|u|dept_name_uk
-- @expect: dept|dept_pk|p|dept_pk
-- @expect: emp|emp_pk|p|emp_pk
-- @expect: job|job_title_uk|u|job_title_uk
-- @expect: media|media_pk|p|media_pk
-- @pg-ok: INSERT INTO emp VALUES (1, 'KING', 10)
-- @pg-fail: INSERT INTO emp VALUES (1, 'JONES', 20)
-- @error: emp_pk
-- @pg-ok: INSERT INTO media VALUES (1, 1, 'a'), (1, 2, 'b')
-- @pg-fail: INSERT INTO media VALUES (1, 2, 'c')
-- @error: media_pk
-- @pg-fail: INSERT INTO media (prod_id, note) VALUES (2, 'd')
-- @error: not-null
-- @pg-ok: INSERT INTO dept VALUES (10, 'S', 'SALES')
-- @pg-fail: INSERT INTO dept VALUES (20, 'S', 'OTHER')
-- @error: dept_code_uk
-- @pg-fail: INSERT INTO dept VALUES (10, 'T', 'OTHER')
-- @error: dept_pk
-- @pg-fail: INSERT INTO dept VALUES (30, 'U', 'SALES')
-- @error: dept_name_uk
-- @pg: SELECT count(*) FROM emp
-- @expect: 1
-- @my: SELECT table_name, index_name, GROUP_CONCAT(column_name ORDER BY seq_in_index), MAX(non_unique) FROM information_schema.statistics WHERE table_schema = DATABASE() GROUP BY table_name, index_name ORDER BY 1, 2
-- @expect: dept|dept_code_uk|code|0
-- @expect: dept|dept_name_uk|name|0
-- @expect: dept|PRIMARY|id|0
-- @expect: emp|PRIMARY|id|0
-- @expect: job|job_title_ix|title|1
-- @expect: job|job_title_uk|title|0
-- @expect: media|PRIMARY|prod_id,ad_id|0
-- @my-ok: INSERT INTO emp VALUES (1, 'KING', 10)
-- @my-fail: INSERT INTO emp VALUES (1, 'JONES', 20)
-- @error: PRIMARY
-- @my-ok: INSERT INTO dept VALUES (10, 'S', 'SALES')
-- @my-fail: INSERT INTO dept VALUES (20, 'S', 'OTHER')
-- @error: dept_code_uk
-- @my-fail: INSERT INTO dept VALUES (30, 'U', 'SALES')
-- @error: dept_name_uk
-- @my-ok: INSERT INTO media VALUES (1, 1, 'a')
-- @my-fail: INSERT INTO media VALUES (1, 1, 'b')
-- @error: PRIMARY
