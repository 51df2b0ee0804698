-- FOR JSON PATH / AUTO in routines: ROOT, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES, dotted PATH aliases
-- nest objects, NULLs left out, '/' escaped as \/, GUIDs in upper case, bit as true/false, TOP and ORDER BY
-- kept, no rows gives NULL; a FOR JSON subquery assigned to a variable. AUTO over a join whose listed columns
-- come from one table (computed columns join that level) is flat; listing two tables' columns is reported.
-- A dotted AUTO alias is a flat key; ORDER BY an alias that is another target's new name (c1, c2).
CREATE TABLE dbo.People (PersonID int NOT NULL PRIMARY KEY, FullName nvarchar(50) NOT NULL, Title nvarchar(20) NULL,
    Phone nvarchar(20) NULL, IsActive bit NOT NULL, Rate decimal(5,2) NULL, Token uniqueidentifier NULL);
GO
CREATE PROCEDURE dbo.usp_Search @Text nvarchar(50), @Max int
AS
BEGIN
    SELECT TOP(@Max) p.PersonID, p.FullName
    FROM dbo.People AS p
    WHERE p.FullName LIKE N'%' + @Text + N'%'
    ORDER BY p.FullName
    FOR JSON AUTO, ROOT(N'People');
END
GO
CREATE PROCEDURE dbo.usp_Card @ID int, @Card nvarchar(max) OUTPUT
AS
BEGIN
    SET @Card = (SELECT PersonID AS [id], FullName AS [name.full], Title AS [name.title], Phone AS [contact.phone],
                        IsActive AS active, Rate AS rate, Token AS token
                 FROM dbo.People WHERE PersonID = @ID
                 FOR JSON PATH, WITHOUT_ARRAY_WRAPPER);
END
GO
CREATE PROCEDURE dbo.usp_All
AS
BEGIN
    SELECT PersonID, Title, Phone AS [contact.phone] FROM dbo.People ORDER BY PersonID DESC FOR JSON PATH, INCLUDE_NULL_VALUES;
END
GO
CREATE PROCEDURE dbo.usp_Pairs
AS
BEGIN
    SELECT a.PersonID, CASE WHEN b.PersonID IS NULL THEN N'none' ELSE N'next' END AS Kind, a.FullName
    FROM dbo.People AS a LEFT JOIN dbo.People AS b ON b.PersonID = a.PersonID + 1
    ORDER BY a.PersonID
    FOR JSON AUTO;
END
GO
CREATE PROCEDURE dbo.usp_Join
AS
BEGIN
    SELECT a.PersonID, b.FullName FROM dbo.People AS a INNER JOIN dbo.People AS b ON a.PersonID = b.PersonID FOR JSON AUTO;
END
GO
CREATE PROCEDURE dbo.usp_Dots
AS
BEGIN
    SELECT -PersonID AS c2, PersonID AS c1, FullName AS [p.name] FROM dbo.People ORDER BY c2 FOR JSON AUTO;
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 1
-- @report: F141
-- @report-eval: all(i["code"] != "C010" or "usp_Join" in i["object"] for i in items)
-- @report-eval: any(i["code"] == "E004" and "usp_Join" in i["object"] and "join" in i["message"] for i in items)
-- @pg-ok: INSERT INTO dbo.people VALUES (1, 'Ann Lee', NULL, '555/123', true, 2.50, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), (2, 'Bob "B" Lee', 'Dr', NULL, false, NULL, NULL), (3, 'Cy Ray', NULL, NULL, true, 10.00, NULL)
-- @pg: CALL dbo.usp_search('Lee', 5, 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: {"People":[{"PersonID":1,"FullName":"Ann Lee"},{"PersonID":2,"FullName":"Bob \"B\" Lee"}]}
-- @pg: CALL dbo.usp_search('Lee', 1, 'c2'); FETCH ALL FROM c2
-- @expect: c2
-- @expect: {"People":[{"PersonID":1,"FullName":"Ann Lee"}]}
-- @pg-ok: DO $$ DECLARE c refcursor := 'c3'; v text; BEGIN CALL dbo.usp_search('nobody', 5, c); FETCH c INTO v; IF NOT FOUND OR v IS NOT NULL THEN RAISE EXCEPTION 'expected one NULL row'; END IF; END $$
-- @pg: CALL dbo.usp_card(1, NULL)
-- @expect: {"id":1,"name":{"full":"Ann Lee"},"contact":{"phone":"555\/123"},"active":true,"rate":2.50,"token":"A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11"}
-- @pg: CALL dbo.usp_card(2, NULL)
-- @expect: {"id":2,"name":{"full":"Bob \"B\" Lee","title":"Dr"},"active":false}
-- @pg: CALL dbo.usp_card(9, NULL)
-- @expect:
-- @pg: CALL dbo.usp_all('c4'); FETCH ALL FROM c4
-- @expect: c4
-- @expect: [{"PersonID":3,"Title":null,"contact":{"phone":null}},{"PersonID":2,"Title":"Dr","contact":{"phone":null}},{"PersonID":1,"Title":null,"contact":{"phone":"555\/123"}}]
-- @pg: CALL dbo.usp_pairs('c5'); FETCH ALL FROM c5
-- @expect: c5
-- @expect: [{"PersonID":1,"Kind":"next","FullName":"Ann Lee"},{"PersonID":2,"Kind":"next","FullName":"Bob \"B\" Lee"},{"PersonID":3,"Kind":"none","FullName":"Cy Ray"}]
-- @pg: CALL dbo.usp_dots('c6'); FETCH ALL FROM c6
-- @expect: c6
-- @expect: [{"c2":-3,"c1":3,"p.name":"Cy Ray"},{"c2":-2,"c1":2,"p.name":"Bob \"B\" Lee"},{"c2":-1,"c1":1,"p.name":"Ann Lee"}]
-- @out-contains: AS "JSON_F52E2B61-18A1-11d1-B105-00805F49916B"
