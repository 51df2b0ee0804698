-- A small order-entry schema, written the way SSMS scripts it: the quick-start sample.
USE [Shop]
GO
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE SCHEMA [Sales] AUTHORIZATION [dbo]
GO
CREATE TABLE [Sales].[Customer](
	[CustomerID] [int] IDENTITY(1,1) NOT NULL,
	[Name] [nvarchar](100) NOT NULL,
	[Email] [varchar](320) NULL,
	[IsActive] [bit] NOT NULL CONSTRAINT [DF_Customer_IsActive] DEFAULT ((1)),
	[CreatedAt] [datetime2](7) NOT NULL CONSTRAINT [DF_Customer_CreatedAt] DEFAULT (sysdatetime()),
	[RowGuid] [uniqueidentifier] ROWGUIDCOL NOT NULL CONSTRAINT [DF_Customer_RowGuid] DEFAULT (newid()),
 CONSTRAINT [PK_Customer] PRIMARY KEY CLUSTERED ([CustomerID] ASC)
	WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF) ON [PRIMARY],
 CONSTRAINT [CK_Customer_Email] CHECK ([Email] LIKE '%_@_%')
) ON [PRIMARY]
GO
CREATE TABLE [Sales].[Order](
	[OrderID] [int] IDENTITY(1000,1) NOT NULL,
	[CustomerID] [int] NOT NULL,
	[OrderDate] [datetime] NOT NULL DEFAULT (getdate()),
	[SubTotal] [money] NOT NULL DEFAULT ((0.00)),
	[TaxAmt] [money] NOT NULL DEFAULT ((0.00)),
	[Total] AS ([SubTotal] + [TaxAmt]) PERSISTED,
	[Status] [tinyint] NOT NULL,
	[Comment] [nvarchar](max) NULL,
 CONSTRAINT [PK_Order] PRIMARY KEY CLUSTERED ([OrderID] ASC),
 CONSTRAINT [CK_Order_Status] CHECK ([Status] BETWEEN 1 AND 5)
)
GO
ALTER TABLE [Sales].[Order] WITH CHECK ADD CONSTRAINT [FK_Order_Customer] FOREIGN KEY([CustomerID])
REFERENCES [Sales].[Customer] ([CustomerID]) ON DELETE CASCADE
GO
ALTER TABLE [Sales].[Order] CHECK CONSTRAINT [FK_Order_Customer]
GO
CREATE NONCLUSTERED INDEX [IX_Order_Customer] ON [Sales].[Order] ([CustomerID] ASC, [OrderDate] DESC)
	INCLUDE ([Total]) WHERE ([Status] < 5)
GO
CREATE VIEW [Sales].[vCustomerOrders] AS
SELECT c.[CustomerID], c.[Name] + N' <' + ISNULL(c.[Email], N'?') + N'>' AS [Contact],
       COUNT(o.[OrderID]) AS [Orders], SUM(o.[Total]) AS [Revenue]
FROM [Sales].[Customer] AS c LEFT JOIN [Sales].[Order] AS o ON o.[CustomerID] = c.[CustomerID]
WHERE c.[IsActive] = 1
GROUP BY c.[CustomerID], c.[Name], c.[Email]
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'People and companies who buy from us.',
	@level0type=N'SCHEMA', @level0name=N'Sales', @level1type=N'TABLE', @level1name=N'Customer'
GO
CREATE PROCEDURE [Sales].[uspCloseOrder] @OrderID int AS
BEGIN
	SET NOCOUNT ON;
	UPDATE [Sales].[Order] SET [Status] = 5 WHERE [OrderID] = @OrderID;
END
GO
