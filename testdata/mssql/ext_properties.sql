-- MS_Description extended properties on a schema, a table, columns and a view become COMMENT ON.
CREATE SCHEMA Sales;
GO
CREATE TABLE Sales.Region (RegionID int NOT NULL PRIMARY KEY, Name nvarchar(50) NOT NULL);
GO
CREATE VIEW Sales.vRegion AS SELECT RegionID, Name FROM Sales.Region;
GO
EXEC sys.sp_addextendedproperty @name = N'MS_Description', @value = N'Sales objects', @level0type = N'SCHEMA', @level0name = N'Sales';
GO
EXEC sp_addextendedproperty N'MS_Description', N'Sales regions', N'SCHEMA', N'Sales', N'TABLE', N'Region';
EXEC sp_addextendedproperty @name=N'MS_Description', @value=N'Primary key' , @level0type=N'SCHEMA',@level0name=N'Sales', @level1type=N'TABLE',@level1name=N'Region', @level2type=N'COLUMN',@level2name=N'RegionID'
GO
EXEC sp_addextendedproperty 'MS_Description', 'Region''s name', 'SCHEMA', 'Sales', 'TABLE', 'Region', 'COLUMN', 'Name';
EXEC sp_addextendedproperty N'MS_Description', N'Regions view', N'SCHEMA', N'Sales', N'VIEW', N'vRegion';
GO
-- @exit 0
-- @pg: SELECT obj_description('sales'::regnamespace, 'pg_namespace')
-- @expect: Sales objects
-- @pg: SELECT obj_description('sales.region'::regclass, 'pg_class')
-- @expect: Sales regions
-- @pg: SELECT attname, col_description(attrelid, attnum) FROM pg_attribute WHERE attrelid = 'sales.region'::regclass AND attnum > 0 ORDER BY attnum
-- @expect: regionid|Primary key
-- @expect: name|Region's name
-- @pg: SELECT obj_description('sales.vregion'::regclass, 'pg_class')
-- @expect: Regions view
