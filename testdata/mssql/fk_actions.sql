-- Foreign keys with referential actions; names referenced in another letter case.
CREATE TABLE Parent (ID int NOT NULL PRIMARY KEY, Code int NOT NULL UNIQUE);
GO
CREATE TABLE Child (
    ID int NOT NULL PRIMARY KEY,
    ParentID int NULL,
    ParentCode int NULL,
    CONSTRAINT FK_Child_Parent FOREIGN KEY (ParentID) REFERENCES Parent (ID) ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT FK_Child_Code FOREIGN KEY (ParentCode) REFERENCES [DBO].[PARENT] ([CODE]) ON DELETE SET NULL ON UPDATE CASCADE
);
GO
-- @exit 0
-- @pg: SELECT conname, confdeltype, confupdtype FROM pg_constraint WHERE conrelid = 'dbo.child'::regclass AND contype = 'f' ORDER BY conname
-- @expect: fk_child_code|n|c
-- @expect: fk_child_parent|c|a
-- @pg-ok: INSERT INTO dbo.parent VALUES (1, 10), (2, 20)
-- @pg-ok: INSERT INTO dbo.child VALUES (1, 1, 20)
-- @pg-ok: UPDATE dbo.parent SET code = 25 WHERE id = 2
-- @pg: SELECT parentcode FROM dbo.child WHERE id = 1
-- @expect: 25
-- @pg-ok: DELETE FROM dbo.parent WHERE id = 2
-- @pg: SELECT parentid, parentcode IS NULL FROM dbo.child WHERE id = 1
-- @expect: 1|t
-- @pg-ok: DELETE FROM dbo.parent WHERE id = 1
-- @pg: SELECT count(*) FROM dbo.child
-- @expect: 0
-- @pg-fail: INSERT INTO dbo.child VALUES (2, 3, NULL)
-- @error: foreign key
