-- EXEC of a procedure that is carried whole (its parameter default has no mapping): the caller is converted,
-- and the call site gets C031 (the CALL fails at run time until the callee is converted by hand).
CREATE TABLE dbo.Log (ID int NOT NULL, Msg nvarchar(50) NULL);
GO
CREATE PROCEDURE dbo.Carried @id int, @h int = CHECKSUM(1)
AS
BEGIN
    INSERT INTO dbo.Log (ID, Msg) VALUES (@id, N'carried');
END
GO
CREATE PROCEDURE dbo.Caller @id int
AS
BEGIN
    INSERT INTO dbo.Log (ID, Msg) VALUES (@id, N'caller');
    IF @id > 10
        EXEC dbo.Carried @id;
END
GO
-- @exit: 1
-- @for: postgres
-- @report: C031
-- @report-eval: any(i["code"] == "C031" and i["line"] == 16 and "dbo.Carried" in i["message"] for i in items)
-- @report-eval: any(i["code"] == "C001" and "Carried" in i["object"] for i in items)
-- @no-report: C010
-- @pg: CALL dbo.caller(5)
-- @expect:
-- @pg: SELECT id, msg FROM dbo.log
-- @expect: 5|caller
-- @pg-fail: CALL dbo.caller(20)
-- @error: dbo.carried
-- @plcheck-allow: Carried
