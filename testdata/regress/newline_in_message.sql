-- Found by tests/mutate: a statement that starts with a string spanning lines; the error message quotes
-- the token, and its line breaks used to break the file:line:col: error: message line on stderr.
'abc

   def';
GO
CREATE TABLE dbo.After (ID int)
GO
-- @regress-exit: 1
-- @regress-stderr: ^newline_in_message.sql:3:1: error: unexpected ''abc +def'' at the start
-- @regress-out: CREATE TABLE dbo.after
