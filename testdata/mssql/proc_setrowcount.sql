-- SET ROWCOUNT n in straight-line code: the SELECTs after it get LIMIT n (the smaller of TOP and n) up to
-- SET ROWCOUNT 0; a statement whose changed rows it would limit, or SET ROWCOUNT inside IF, is left for a
-- person (C010).
CREATE TABLE dbo.Item (ID int NOT NULL PRIMARY KEY, Price money NOT NULL);
GO
CREATE PROCEDURE dbo.TopPrices
AS
SET ROWCOUNT 3
SELECT ID, Price FROM dbo.Item ORDER BY Price DESC
GO
CREATE PROCEDURE dbo.LimitedThenAll @n int OUTPUT
AS
BEGIN
    SET ROWCOUNT 2;
    SELECT TOP 5 ID FROM dbo.Item ORDER BY ID;
    SELECT @n = COUNT(*) FROM dbo.Item;
    SET ROWCOUNT 0;
    SELECT ID FROM dbo.Item WHERE Price > 15 ORDER BY ID;
END
GO
CREATE PROCEDURE dbo.CheapUpdate
AS
BEGIN
    SET ROWCOUNT 1;
    UPDATE dbo.Item SET Price = Price + 1 WHERE Price < 30;
    IF @@ROWCOUNT > 0
        SET ROWCOUNT 0;
END
GO
-- @exit: 1
-- @for: postgres
-- @report-eval: [i["line"] for i in items if i["code"] == "C010"] == [25, 27]
-- @pg-ok: INSERT INTO dbo.item VALUES (1, 5), (2, 50), (3, 20), (4, 40), (5, 10)
-- @pg: CALL dbo.topprices('c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 2|50.0000
-- @expect: 4|40.0000
-- @expect: 3|20.0000
-- @pg: BEGIN; CALL dbo.limitedthenall(NULL, 'c1', 'c2'); FETCH ALL FROM c1; FETCH ALL FROM c2; COMMIT
-- @expect: 5|c1|c2
-- @expect: 1
-- @expect: 2
-- @expect: 2
-- @expect: 3
-- @expect: 4
