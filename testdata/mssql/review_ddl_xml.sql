-- xml_var.value(path, type) on a variable converts as SQL Server's value() does (CONVERT of the node's string value): a
-- string longer than a varchar(n)/nchar(n) type is cut, not an error; the string value of an element is all its
-- text, child elements' included; text() nodes, attributes and [n] predicates; NULL for nothing found or NULL xml.
-- Other xml methods on variables are refused with an item, not passed through.
-- @exit: 1
-- @for: postgres
-- @report: E004
-- @report-object: method call @x.exist()
-- @report-object: method call @x.query()
-- the routine with refused statements is created without them (C010): plpgsql_check sees no RETURN
-- @plcheck-allow: dbo.xml_other
-- @pg: SELECT dbo.xml_short('<a>abcdef</a>'), dbo.xml_short('<a/>') IS NULL OR dbo.xml_short('<a/>') = '', dbo.xml_short(NULL) IS NULL
-- @expect: abc|t|t
-- @pg: SELECT dbo.xml_parts('<r q="7"><i>x<b>y</b>z</i><i>2nd</i></r>')
-- @expect: xyz|x|z|7|2nd|t
-- @pg: SELECT dbo.xml_parts('<other/>')
-- @expect: |||||t
-- @for: mariadb
-- @report: C002

CREATE FUNCTION dbo.xml_short (@x xml)
RETURNS varchar(10)
AS
BEGIN
    RETURN @x.value('(/a)[1]', 'varchar(3)');
END;
GO
CREATE FUNCTION dbo.xml_parts (@x xml)
RETURNS nvarchar(200)
AS
BEGIN
    RETURN ISNULL(@x.value('(/r/i)[1]', 'nvarchar(20)'), '') + '|'
        + ISNULL(@x.value('(/r/i/text())[1]', 'nvarchar(20)'), '') + '|'
        + ISNULL(@x.value('(/r/i/text())[2]', 'nvarchar(20)'), '') + '|'
        + ISNULL(CAST(@x.value('(/r/@q)[1]', 'int') AS nvarchar(10)), '') + '|'
        + ISNULL(@x.value('(/r/i)[2]', 'nvarchar(max)'), '') + '|'
        + CASE WHEN @x.value('(/r/i)[3]', 'nvarchar(20)') IS NULL THEN 't' ELSE 'f' END;
END;
GO
CREATE FUNCTION dbo.xml_other (@x xml)
RETURNS int
AS
BEGIN
    IF @x.exist('/a') = 1
        RETURN 1;
    RETURN LEN(CAST(@x.query('/a') AS nvarchar(max)));
END;
GO
