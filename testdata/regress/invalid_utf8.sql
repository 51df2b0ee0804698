-- Bytes that are not UTF-8 (Latin-1 here) used to be copied into the PostgreSQL output, which PostgreSQL then
-- refused to load. Now the statement is reported where the byte is and carried with the byte as \xNN.
CREATE TABLE dbo.Latin (Name varchar(10) DEFAULT 'café')
GO
CREATE TABLE dbo.Fine (ID int)
GO
-- @regress-exit: 1
-- @regress-stderr: ^invalid_utf8.sql:3:54: error: invalid UTF-8
-- @regress-out: CREATE TABLE dbo.fine
-- @regress-out: DEFAULT 'caf\xE9'
