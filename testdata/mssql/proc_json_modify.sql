-- JSON_MODIFY in routines: lax paths $.a, $.a.b, $.a[1], 'append' (also to a missing array), a NULL value
-- deletes the key, JSON_QUERY / JSON_MODIFY values are inserted as JSON, numbers stay numbers; in SET, in a
-- SELECT list and in UPDATE ... SET. A strict path is not converted (reported).
CREATE TABLE dbo.Items (ItemID int NOT NULL PRIMARY KEY, CustomFields nvarchar(max) NULL);
GO
CREATE PROCEDURE dbo.usp_Info @Info nvarchar(max) OUTPUT, @Drop nvarchar(20)
AS
BEGIN
    SET @Info = JSON_MODIFY(@Info, '$.name', 'Mike');
    SET @Info = JSON_MODIFY(@Info, '$.surname', N'Smith');
    SET @Info = JSON_MODIFY(@Info, '$.name', @Drop);
    SET @Info = JSON_MODIFY(@Info, 'append $.skills', 'Azure');
    SET @Info = JSON_MODIFY(@Info, '$.clicks', CAST(JSON_VALUE(@Info, '$.clicks') AS int) + 1);
    SET @Info = JSON_MODIFY(@Info, '$.address.town', N'London');
    SET @Info = JSON_MODIFY(@Info, '$.skills[1]', N'T-SQL');
    SET @Info = JSON_MODIFY(@Info, 'append lax $.tags', N'new');
    SET @Info = JSON_MODIFY(@Info, '$.langs', JSON_QUERY(N'["en","fr"]'));
    SET @Info = JSON_MODIFY(@Info, '$.missing', NULL);
END
GO
CREATE FUNCTION dbo.fn_Event (@Name nvarchar(50), @ID int) RETURNS nvarchar(max)
AS
BEGIN
    RETURN JSON_MODIFY(N'{"Events": []}', N'append $.Events',
               JSON_MODIFY(JSON_MODIFY(N'{ }', N'$.Event', @Name), N'$.ConNote', N'EAN-' + CAST(@ID + 1050 AS nvarchar(20))));
END
GO
CREATE PROCEDURE dbo.usp_Tag @Tag nvarchar(50)
AS
BEGIN
    UPDATE dbo.Items SET CustomFields = JSON_MODIFY(CustomFields, N'append $.Tags', @Tag) WHERE ItemID <> 2;
    SELECT ItemID, JSON_MODIFY(CustomFields, '$.Tags', NULL) AS Rest FROM dbo.Items ORDER BY ItemID;
END
GO
CREATE PROCEDURE dbo.usp_Strict @Info nvarchar(max) OUTPUT
AS
BEGIN
    SET @Info = JSON_MODIFY(@Info, 'strict $.name', 'x');
END
GO
-- @for: mariadb
-- @exit: 0 1
-- @for: postgres
-- @exit: 1
-- @report: F140
-- @report-eval: all(i["code"] != "C010" or "usp_Strict" in i["object"] for i in items)
-- @report-eval: any(i["code"] == "C010" and "usp_Strict" in i["object"] for i in items)
-- @pg: CALL dbo.usp_info('{"name":"John","skills":["C#","SQL"],"clicks":173,"address":{"town":"Paris"}}', NULL)
-- @expect: {"tags": ["new"], "langs": ["en", "fr"], "clicks": 174, "skills": ["C#", "T-SQL", "Azure"], "address": {"town": "London"}, "surname": "Smith"}
-- @pg: SELECT dbo.fn_event('Ready', 7)::jsonb = '{"Events":[{"Event":"Ready","ConNote":"EAN-1057"}]}'::jsonb
-- @expect: t
-- @pg: SELECT dbo.fn_event('Ready', 7)
-- @expect: {"Events": [{"Event": "Ready", "ConNote": "EAN-1057"}]}
-- @pg: SELECT dbo.fn_event(NULL, 7)
-- @expect: {"Events": [{"ConNote": "EAN-1057"}]}
-- @pg-ok: INSERT INTO dbo.items VALUES (1, '{"Tags":["a"],"k":1}'), (2, '{"k":2}'), (3, NULL), (4, '{"k":4,"Tags":[]}')
-- @pg: CALL dbo.usp_tag('b', 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: 1|{"k": 1}
-- @expect: 2|{"k": 2}
-- @expect: 3|
-- @expect: 4|{"k": 4}
-- @pg: SELECT itemid, customfields FROM dbo.items ORDER BY itemid
-- @expect: 1|{"k": 1, "Tags": ["a", "b"]}
-- @expect: 2|{"k":2}
-- @expect: 3|
-- @expect: 4|{"k": 4, "Tags": ["b"]}
-- @pg: CALL dbo.usp_tag('c', 'c2'); SELECT customfields::jsonb = '{"k":1,"Tags":["a","b","c"]}'::jsonb FROM dbo.items WHERE itemid = 1
-- @expect: c2
-- @expect: t
