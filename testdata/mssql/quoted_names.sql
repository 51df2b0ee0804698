-- Bracketed and double-quoted names with spaces and reserved words.
CREATE TABLE [dbo].[Order Details] (
    [Order ID] int NOT NULL,
    [Key] int NOT NULL,
    [User] nvarchar(20) NULL,
    [Select] bit NULL,
    [desc] varchar(5) NULL,
    CONSTRAINT [PK_Order Details] PRIMARY KEY ([Order ID], [Key])
);
CREATE TABLE "Group" ("Order" int NOT NULL, [Table] int NULL);
GO
-- @exit 0 1
-- @pg: SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'dbo' AND table_name = 'order details'
-- @expect: order id,key,user,select,desc
-- @pg-ok: INSERT INTO dbo."order details" ("order id", key, "user", "select", "desc") VALUES (1, 2, 'u', true, 'd')
-- @pg-fail: INSERT INTO dbo."order details" ("order id", key) VALUES (1, 2)
-- @error: duplicate key
-- @pg: SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'dbo' AND table_name = 'group'
-- @expect: order,table
