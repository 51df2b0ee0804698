-- A description on a column whose name is longer than the target allows (63 bytes in PostgreSQL, 64 in
-- MySQL) follows the column to its shortened name instead of being dropped.
CREATE TABLE dbo.Shipment (
	ShipmentID int NOT NULL PRIMARY KEY,
	[EstimatedDeliveryDateAccordingToTheCarrierAtTheTimeOfDispatchFromWarehouse] datetime NULL
);
GO
EXEC sp_addextendedproperty N'MS_Description', N'Carrier estimate at dispatch', N'SCHEMA', N'dbo', N'TABLE', N'Shipment', N'COLUMN', N'EstimatedDeliveryDateAccordingToTheCarrierAtTheTimeOfDispatchFromWarehouse';
GO
-- @exit 0
-- @pg: SELECT col_description('dbo.shipment'::regclass, 2)
-- @expect: Carrier estimate at dispatch
-- @my: SELECT column_comment FROM information_schema.columns WHERE table_name = 'shipment' AND ordinal_position = 2
-- @expect: Carrier estimate at dispatch
