-- GOTO: forward jumps to a label (error exits) become a labelled block and EXIT label; a backward GOTO
-- stays for a person (C010 at the GOTO and at its label).
CREATE TABLE dbo.Acct (ID int NOT NULL PRIMARY KEY, Bal int NOT NULL);
CREATE TABLE dbo.Audit (ID int NOT NULL, Note nvarchar(30) NOT NULL);
GO
CREATE PROCEDURE dbo.Withdraw @ID int, @Amt int, @Status int OUTPUT
AS
BEGIN
    SET @Status = 0;
    IF @Amt <= 0
    BEGIN
        SET @Status = 1;
        GOTO Done;
    END
    WHILE 1 = 1
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM dbo.Acct WHERE ID = @ID)
        BEGIN
            SET @Status = 2;
            GOTO Done;
        END
        BREAK;
    END
    UPDATE dbo.Acct SET Bal = Bal - @Amt WHERE ID = @ID;
    INSERT INTO dbo.Audit (ID, Note) VALUES (@ID, N'withdrawn');
Done:
    INSERT INTO dbo.Audit (ID, Note) VALUES (@ID, N'status ' + CAST(@Status AS nvarchar(5)));
END
GO
CREATE PROCEDURE dbo.Retry @N int OUTPUT
AS
BEGIN
Again:
    SET @N = @N + 1;
    IF @N < 3 GOTO Again;
END
GO
-- labels that are reserved words of PL/pgSQL (STRICT, FOREACH) get generated names, distinct ones for the
-- nested blocks (EXIT leaves the block named)
CREATE PROCEDURE dbo.Clamp @V int OUTPUT
AS
BEGIN
    IF @V > 10 GOTO Strict;
    IF @V < 0 GOTO Foreach;
Strict:
    SET @V = @V * 2;
Foreach:
    SET @V = @V + 1;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 1
-- @out-contains: EXIT done;
-- @report-eval: [i["line"] for i in items if i["code"] == "C010"] == [33, 35]
-- @report-eval: all("Retry" in i["object"] for i in items if i["code"] == "C010")
-- @pg-ok: INSERT INTO dbo.acct VALUES (1, 100)
-- @pg: CALL dbo.withdraw(1, 30, NULL)
-- @expect: 0
-- @pg: CALL dbo.withdraw(1, -5, NULL)
-- @expect: 1
-- @pg: CALL dbo.withdraw(7, 10, NULL)
-- @expect: 2
-- @pg: SELECT id, note FROM dbo.audit ORDER BY note, id
-- @expect: 1|status 0
-- @expect: 1|status 1
-- @expect: 7|status 2
-- @expect: 1|withdrawn
-- @pg: SELECT bal FROM dbo.acct
-- @expect: 70
-- @out-contains: EXIT lbl_
-- @pg: CALL dbo.clamp(3)
-- @expect: 7
-- @pg: CALL dbo.clamp(20)
-- @expect: 41
-- @pg: CALL dbo.clamp(-5)
-- @expect: -4
