-- Table-level constraints with CLUSTERED/NONCLUSTERED, ASC/DESC, WITH (...), ON [PRIMARY], TEXTIMAGE_ON.
CREATE TABLE [dbo].[OrderLines] (
    [OrderID] [int] NOT NULL,
    [LineNo] [smallint] NOT NULL,
    [Sku] [nvarchar](20) NOT NULL,
    [Notes] [nvarchar](max) NULL,
    CONSTRAINT [PK_OrderLines] PRIMARY KEY CLUSTERED ([OrderID] ASC, [LineNo] DESC)
        WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY],
    CONSTRAINT [UQ_OrderLines_Sku] UNIQUE NONCLUSTERED ([OrderID], [Sku]) ON [PRIMARY],
    CONSTRAINT [CK_OrderLines_LineNo] CHECK ([LineNo] > 0)
) ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]
GO
-- @exit 0 1
-- @pg: SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'dbo.orderlines'::regclass AND contype IN ('p', 'u') ORDER BY conname
-- @expect: pk_orderlines|PRIMARY KEY (orderid, lineno)
-- @expect: uq_orderlines_sku|UNIQUE (orderid, sku)
-- @pg: SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'dbo.orderlines'::regclass AND attname = 'notes'
-- @expect: text
-- @pg-ok: INSERT INTO dbo.orderlines (orderid, lineno, sku) VALUES (1, 1, 'A'), (1, 2, 'B')
-- @pg-fail: INSERT INTO dbo.orderlines (orderid, lineno, sku) VALUES (1, 2, 'C')
-- @error: duplicate key
-- @pg-fail: INSERT INTO dbo.orderlines (orderid, lineno, sku) VALUES (1, 3, 'A')
-- @error: duplicate key
-- @pg-fail: INSERT INTO dbo.orderlines (orderid, lineno, sku) VALUES (2, 0, 'A')
-- @error: check constraint
-- @out-not-contains: TEXTIMAGE_ON
