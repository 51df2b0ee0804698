-- CREATE INDEX: UNIQUE + filtered, INCLUDE, DESC, WITH (...), ON [PRIMARY], CLUSTERED, bit filter.
CREATE TABLE dbo.Person (
    ID int NOT NULL PRIMARY KEY,
    LastName nvarchar(50) NOT NULL,
    FirstName nvarchar(50) NULL,
    Email varchar(100) NULL,
    Deleted bit NOT NULL DEFAULT 0,
    Created datetime NOT NULL
);
GO
CREATE UNIQUE NONCLUSTERED INDEX UX_Person_Email ON dbo.Person (Email) WHERE Email IS NOT NULL;
CREATE NONCLUSTERED INDEX IX_Person_Name ON dbo.Person (LastName ASC, FirstName DESC) INCLUDE (Email)
    WITH (FILLFACTOR = 80, PAD_INDEX = ON, ONLINE = ON, SORT_IN_TEMPDB = OFF) ON [PRIMARY];
CREATE INDEX IX_Person_Created ON Person(Created DESC);
CREATE INDEX [IX_Person_Active] ON [dbo].[Person] ([LastName]) WHERE ([Deleted] = (0));
CREATE CLUSTERED INDEX CIX_Person_Created ON dbo.Person (Created, ID);
GO
-- @exit 0 1
-- @pg: SELECT indexdef FROM pg_indexes WHERE schemaname = 'dbo' AND indexname = 'ux_person_email'
-- @expect-match: ^CREATE UNIQUE INDEX ux_person_email ON dbo\.person USING btree \(email\) WHERE \(email IS NOT NULL\)$
-- @pg: SELECT indexdef FROM pg_indexes WHERE schemaname = 'dbo' AND indexname = 'ix_person_name'
-- @expect-match: ^CREATE INDEX ix_person_name ON dbo\.person USING btree \(lastname, firstname DESC\) INCLUDE \(email\)
-- @pg: SELECT indexdef FROM pg_indexes WHERE schemaname = 'dbo' AND indexname = 'ix_person_created'
-- @expect-match: ^CREATE INDEX ix_person_created ON dbo\.person USING btree \(created DESC\)$
-- @pg: SELECT indexdef FROM pg_indexes WHERE schemaname = 'dbo' AND indexname = 'ix_person_active'
-- @expect-match: ^CREATE INDEX ix_person_active ON dbo\.person USING btree \(lastname\) WHERE \((deleted = false|NOT deleted)\)$
-- @pg: SELECT indexdef FROM pg_indexes WHERE schemaname = 'dbo' AND indexname = 'cix_person_created'
-- @expect-match: ^CREATE INDEX cix_person_created ON dbo\.person USING btree \(created, id\)$
-- @pg-ok: INSERT INTO dbo.person (id, lastname, email, created) VALUES (1, 'a', NULL, now()), (2, 'b', NULL, now()), (3, 'c', 'x@y', now())
-- @pg-fail: INSERT INTO dbo.person (id, lastname, email, created) VALUES (4, 'd', 'x@y', now())
-- @error: ux_person_email
