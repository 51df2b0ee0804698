-- A foreign key the script drops later is not created: the targets add foreign keys at the end of the output
-- (after every table exists), so its DROP CONSTRAINT would come first and the key would stay. Dropped and added
-- again under the same name, the later definition is the one created.
CREATE TABLE dbo.p (id int PRIMARY KEY);
CREATE TABLE dbo.c (id int, pid int CONSTRAINT fk_c_p REFERENCES dbo.p(id));
CREATE TABLE dbo.d (id int, pid int);
CREATE TABLE dbo.e (id int, pid int);
GO
ALTER TABLE dbo.d ADD CONSTRAINT fk_d_p FOREIGN KEY (pid) REFERENCES dbo.p(id);
ALTER TABLE dbo.e ADD CONSTRAINT fk_e_p FOREIGN KEY (pid) REFERENCES dbo.p(id);
GO
ALTER TABLE dbo.c DROP CONSTRAINT fk_c_p;
ALTER TABLE dbo.d DROP CONSTRAINT fk_d_p;
ALTER TABLE dbo.e DROP CONSTRAINT fk_e_p;
GO
ALTER TABLE dbo.e ADD CONSTRAINT fk_e_p FOREIGN KEY (pid) REFERENCES dbo.p(id) ON DELETE CASCADE;
GO
-- @pg: SELECT conrelid::regclass, conname, confdeltype FROM pg_constraint WHERE contype = 'f' ORDER BY 1
-- @expect: dbo.e|fk_e_p|c
-- @pg-ok: INSERT INTO dbo.c VALUES (1, 99)
-- @pg-ok: INSERT INTO dbo.d VALUES (1, 99)
-- @my: SELECT table_name, constraint_name, delete_rule FROM information_schema.referential_constraints ORDER BY 1
-- @expect: e|fk_e_p|CASCADE
-- @my-ok: INSERT INTO c VALUES (1, 99)
-- @my-ok: INSERT INTO d VALUES (1, 99)
