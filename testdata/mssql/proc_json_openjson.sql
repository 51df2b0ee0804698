-- OPENJSON in routines: WITH (col type 'path' [AS JSON]) over an array (and over a single object), default
-- paths '$.col', lax paths to missing keys and to objects give NULL; OPENJSON without WITH (key, value,
-- type) over an array and an object; ISJSON (1 only for a valid object or array, NULL for NULL);
-- STRING_ESCAPE(x, 'json'); a strict path is reported.
CREATE TABLE dbo.Readings (Reg nvarchar(10) NOT NULL, Sensor int NOT NULL, ReadAt datetime2(7) NULL,
    Temp decimal(5,2) NULL, Raw nvarchar(max) NULL);
GO
CREATE PROCEDURE dbo.usp_Load @Doc nvarchar(max), @Rows int OUTPUT
AS
BEGIN
    IF ISJSON(@Doc) = 0
    BEGIN
        THROW 51000, N'not JSON', 1;
    END;
    INSERT dbo.Readings (Reg, Sensor, ReadAt, Temp, Raw)
    SELECT Reg, Sensor, ReadAt, Temp, Raw
    FROM OPENJSON(@Doc, N'$.items')
    WITH (Reg nvarchar(10) N'$.props.reg', Sensor int '$.props.sensor', ReadAt datetime2(7) N'$.props.at',
          Temp decimal(5,2) N'$.props.temp', Raw nvarchar(max) N'$' AS JSON);
    SET @Rows = @@ROWCOUNT;
END
GO
CREATE PROCEDURE dbo.usp_Pairs @Doc nvarchar(max)
AS
BEGIN
    SELECT j.[key], j.[value], j.[type] FROM OPENJSON(@Doc) AS j;
END
GO
CREATE FUNCTION dbo.fn_Kinds (@Doc nvarchar(max)) RETURNS nvarchar(200)
AS
BEGIN
    DECLARE @r nvarchar(200);
    SELECT @r = CONCAT(Name, N'|', Size, N'|', Tags, N'|', Missing, N'|', Sub)
    FROM OPENJSON(@Doc) WITH (Name nvarchar(20), Size int N'$.size', Tags nvarchar(max) AS JSON,
                              Missing nvarchar(20) N'$.nope', Sub nvarchar(20) N'$.tags');
    RETURN @r;
END
GO
CREATE FUNCTION dbo.fn_IsJson (@s nvarchar(max)) RETURNS int
AS
BEGIN
    RETURN ISJSON(@s);
END
GO
CREATE FUNCTION dbo.fn_Esc (@s nvarchar(max)) RETURNS nvarchar(max)
AS
BEGIN
    RETURN N'{"v":"' + STRING_ESCAPE(@s, 'json') + N'"}';
END
GO
CREATE PROCEDURE dbo.usp_Strict @Doc nvarchar(max)
AS
BEGIN
    SELECT a FROM OPENJSON(@Doc, 'strict $.x') WITH (a int);
END
GO
-- @for: mariadb
-- @exit: 1
-- @for: postgres
-- @exit: 1
-- @report-eval: all(i["code"] != "C010" or "usp_Strict" in i["object"] for i in items)
-- @report-eval: any(i["code"] == "C010" and "usp_Strict" in i["object"] for i in items)
-- @pg: CALL dbo.usp_load('{"items":[{"type":"F","props":{"reg":"AB-1","sensor":1,"at":"2016-01-01T07:00:00","temp":3.96}}, {"props":{"reg":"AB-2","sensor":2,"temp":4.125}}]}', NULL)
-- @expect: 2
-- @pg: SELECT reg, sensor, readat, temp, raw FROM dbo.readings ORDER BY sensor
-- @expect: AB-1|1|2016-01-01 07:00:00|3.96|{"type":"F","props":{"reg":"AB-1","sensor":1,"at":"2016-01-01T07:00:00","temp":3.96}}
-- @expect: AB-2|2||4.13|{"props":{"reg":"AB-2","sensor":2,"temp":4.125}}
-- @pg: CALL dbo.usp_load('{"items":{"props":{"reg":"C","sensor":3}}}', NULL)
-- @expect: 1
-- @pg: CALL dbo.usp_load('{"other":[]}', NULL)
-- @expect: 0
-- @pg-fail: CALL dbo.usp_load('{"items":[1,2', NULL)
-- @error: not JSON
-- @pg-fail: CALL dbo.usp_load('{"items":[{"props":{"reg":"D","sensor":"x"}}]}', NULL)
-- @error: invalid input syntax for type integer
-- @pg: CALL dbo.usp_pairs('{"a":1,"b":"x\"y","c":null,"d":[1, 2],"e":{"f":true},"g":false}', 'c'); FETCH ALL FROM c
-- @expect: c
-- @expect: a|1|2
-- @expect: b|x"y|1
-- @expect: c||0
-- @expect: d|[1, 2]|4
-- @expect: e|{"f":true}|5
-- @expect: g|false|3
-- @pg: CALL dbo.usp_pairs('["p", 7.5]', 'c2'); FETCH ALL FROM c2
-- @expect: c2
-- @expect: 0|p|1
-- @expect: 1|7.5|2
-- @pg: SELECT dbo.fn_kinds('{"Name":"box","size":3,"Tags":["a", "b"],"tags":{"x":1}}')
-- @expect: box|3|["a", "b"]||
-- @pg: SELECT s, dbo.fn_isjson(s) FROM (VALUES (1, '{"a":[1,{"b":null}]}'), (2, '[]'), (3, '1'), (4, '"s"'), (5, '{"a":}'), (6, '[1,]'), (7, NULL), (8, '{ "k" : "v\"" }')) AS v(n, s) ORDER BY n
-- @expect: {"a":[1,{"b":null}]}|1
-- @expect: []|1
-- @expect: 1|0
-- @expect: "s"|0
-- @expect: {"a":}|0
-- @expect: [1,]|0
-- @expect: |
-- @expect: { "k" : "v\"" }|1
-- @pg: SELECT dbo.fn_esc('a"b\c/d' || chr(10) || chr(9) || chr(1) || 'é')
-- @expect: {"v":"a\"b\\c\/d\n\t\u0001é"}
-- @pg: SELECT dbo.fn_esc(NULL) IS NULL
-- @expect: t
