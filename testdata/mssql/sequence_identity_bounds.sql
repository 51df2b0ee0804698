-- Starts at the edge of PostgreSQL's and MariaDB's default bounds: a sequence starting at 0 written 00, a
-- descending bigint sequence (SQL Server starts it at 2^63-1; MariaDB's highest value is 2^63-2, so it is
-- lowered there with K018), and IDENTITY seeds of 0 or below (ascending) or 0 or above (descending), which
-- PostgreSQL rejects against its default MINVALUE 1 / MAXVALUE -1 unless the seed is written as the bound.
CREATE SEQUENCE dbo.SbZero AS int START WITH 00;
CREATE SEQUENCE dbo.SbDown INCREMENT BY -1;
CREATE SEQUENCE dbo.SbWide AS decimal(30,0) START WITH 1 MAXVALUE 99999999999999999999;
GO
CREATE TABLE dbo.SbNeg (Id int IDENTITY(-100, 1) NOT NULL, V int NOT NULL);
CREATE TABLE dbo.SbDesc (Id int IDENTITY(0, -1) NOT NULL, V int NOT NULL);
CREATE TABLE dbo.SbDesc10 (Id bigint IDENTITY(10, -5) NOT NULL, V int NOT NULL);
GO
-- @exit: 0 1
-- @pg: SELECT nextval('dbo.sbzero'), nextval('dbo.sbzero'), nextval('dbo.sbdown'), nextval('dbo.sbwide')
-- @expect: 0|1|9223372036854775807|1
-- @pg-ok: INSERT INTO dbo.sbneg (v) VALUES (1), (2)
-- @pg: SELECT string_agg(id::text, ',' ORDER BY v) FROM dbo.sbneg
-- @expect: -100,-99
-- @pg-ok: INSERT INTO dbo.sbdesc (v) VALUES (1), (2)
-- @pg: SELECT string_agg(id::text, ',' ORDER BY v) FROM dbo.sbdesc
-- @expect: 0,-1
-- @pg-ok: INSERT INTO dbo.sbdesc10 (v) VALUES (1), (2)
-- @pg: SELECT string_agg(id::text, ',' ORDER BY v) FROM dbo.sbdesc10
-- @expect: 10,5
-- @my: SELECT nextval(sbzero), nextval(sbzero), nextval(sbdown), nextval(sbwide)
-- @expect: 0|1|9223372036854775806|1
-- @for: mariadb
-- @report-object: MariaDB's highest sequence value
