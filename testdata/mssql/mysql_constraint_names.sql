-- Two source schemas merged into one target schema (--schema-map): SQL Server scopes constraint names per
-- schema, MySQL/MariaDB scope foreign key names per database (and MySQL 8.0.16+ check names too).
CREATE SCHEMA a;
GO
CREATE SCHEMA b;
GO
CREATE TABLE a.p (id int PRIMARY KEY);
CREATE TABLE a.c (id int, pid int CONSTRAINT FK_c_p REFERENCES a.p(id), CONSTRAINT CK_c CHECK (id > 0));
CREATE TABLE b.p (id int PRIMARY KEY);
CREATE TABLE b.c (id int, pid int CONSTRAINT FK_c_p REFERENCES b.p(id), CONSTRAINT CK_c CHECK (id > 0));
GO
-- @args: --schema-map a=app --schema-map b=app
-- @exit: 1
-- @report: N002
-- @my: SELECT table_name, constraint_name FROM information_schema.referential_constraints WHERE constraint_schema = 'app' ORDER BY 1
-- @expect: c|fk_c_p
-- @expect: c_1|fk_c_p_1
-- @my-ok: INSERT INTO app.p_1 VALUES (7)
-- @my-fail: INSERT INTO app.c_1 VALUES (1, 8)
-- @error: foreign key
-- @my-fail: INSERT INTO app.c_1 VALUES (-1, 7)
-- @error: ck_c
-- @pg: SELECT conrelid::regclass, conname FROM pg_constraint WHERE contype = 'f' ORDER BY 1
-- @expect: app.c|fk_c_p
-- @expect: app.c_1|fk_c_p
-- @for: mariadb
-- @out-contains: CONSTRAINT fk_c_p_1 FOREIGN KEY
-- @out-not-contains: ck_c_1
