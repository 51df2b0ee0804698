-- Two source schemas merged into one target schema (--schema-map): MySQL renames the second check constraint
-- CK_c (check names are unique per database there, N002); a later DROP CONSTRAINT drops it by its new name
-- (run-cases.sh with target mysql; MariaDB scopes check names per table and keeps the name).
CREATE SCHEMA a;
GO
CREATE SCHEMA b;
GO
CREATE TABLE a.c (id int, CONSTRAINT CK_c CHECK (id > 0));
CREATE TABLE b.c (id int, CONSTRAINT CK_c CHECK (id > 0));
GO
ALTER TABLE b.c DROP CONSTRAINT CK_c;
GO
-- @args: --schema-map a=app --schema-map b=app
-- @exit: 1
-- @report: N002
-- @pg-ok: INSERT INTO app.c_1 VALUES (-1)
-- @pg-fail: INSERT INTO app.c VALUES (-1)
-- @error: ck_c
-- @my-ok: INSERT INTO app.c_1 VALUES (-1)
-- @my-fail: INSERT INTO app.c VALUES (-1)
-- @error: ck_c
