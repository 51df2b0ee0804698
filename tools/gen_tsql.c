/* gen_tsql.c - writes a deterministic synthetic T-SQL schema of about N megabytes, the way SSMS scripts one:
 * tables with many columns, defaults, identity, constraints, foreign keys, indexes, views, extended
 * properties, comments and a few procedures. Used by `make bench`.
 *
 *   gen_tsql MEGABYTES [SEED] > schema.sql
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static long written; /* bytes written so far (stdout may be a pipe: no ftell) */

static void out(FILE *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(FILE *o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vfprintf(o, fmt, ap);
	va_end(ap);
	if (n > 0)
		written += n;
}

static uint64_t rng_state;

static unsigned rnd(unsigned n)
{
	/* xorshift64*: fixed seed, same output on every machine */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned)((rng_state * 2685821657736338717ULL) >> 33) % n;
}

static const char *const types[] = {
	"[int]", "[bigint]", "[smallint]", "[tinyint]", "[bit]", "[nvarchar](100)", "[varchar](50)",
	"[nvarchar](max)", "[decimal](18, 2)", "[money]", "[datetime]", "[datetime2](7)", "[date]",
	"[uniqueidentifier]", "[varbinary](max)", "[char](10)", "[float]", "[numeric](10, 0)",
};
#define NTYPES (sizeof types / sizeof types[0])

static const char *default_for(unsigned t)
{
	switch (t) {
	case 0: case 1: case 2: case 3: return "((0))";
	case 4: return "((1))";
	case 5: case 6: return "(N'')";
	case 8: case 9: return "((0.00))";
	case 10: return "(getdate())";
	case 11: return "(sysdatetime())";
	case 13: return "(newid())";
	default: return NULL;
	}
}

static void table(FILE *o, unsigned n)
{
	unsigned ncols = 8 + rnd(25);
	unsigned ty[40];
	out(o, "/****** Object:  Table [dbo].[Table%u]    Script Date: 1/1/2024 ******/\n", n);
	out(o, "SET ANSI_NULLS ON\nGO\nSET QUOTED_IDENTIFIER ON\nGO\n");
	out(o, "CREATE TABLE [dbo].[Table%u](\n\t[ID] [int] IDENTITY(1,1) NOT NULL,\n", n);
	for (unsigned c = 1; c < ncols; c++) {
		ty[c] = rnd(NTYPES);
		out(o, "\t[Col%u_%u] %s %sNULL,\n", n, c, types[ty[c]], rnd(3) ? "" : "NOT ");
	}
	if (n > 0)
		out(o, "\t[ParentID] [int] NULL,\n");
	out(o, "\t[Total%u] AS ([ID] * (2)),\n", n);
	out(o, " CONSTRAINT [PK_Table%u] PRIMARY KEY CLUSTERED \n(\n\t[ID] ASC\n)WITH (PAD_INDEX = OFF, "
		   "STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF, ALLOW_ROW_LOCKS = ON, ALLOW_PAGE_LOCKS = ON) ON [PRIMARY]\n"
		   ") ON [PRIMARY] TEXTIMAGE_ON [PRIMARY]\nGO\n", n);
	for (unsigned c = 1; c < ncols; c++) {
		const char *d = default_for(ty[c]);
		if (d && rnd(2))
			out(o, "ALTER TABLE [dbo].[Table%u] ADD  CONSTRAINT [DF_Table%u_Col%u]  DEFAULT %s FOR [Col%u_%u]\nGO\n",
				n, n, c, d, n, c);
	}
	if (n > 0) {
		unsigned p = rnd(n);
		out(o, "ALTER TABLE [dbo].[Table%u]  WITH CHECK ADD  CONSTRAINT [FK_Table%u_Table%u] FOREIGN KEY([ParentID])\n"
			   "REFERENCES [dbo].[Table%u] ([ID])\nON DELETE CASCADE\nGO\n", n, n, p, p);
		out(o, "ALTER TABLE [dbo].[Table%u] CHECK CONSTRAINT [FK_Table%u_Table%u]\nGO\n", n, n, p);
	}
	out(o, "ALTER TABLE [dbo].[Table%u]  WITH CHECK ADD  CONSTRAINT [CK_Table%u_ID] CHECK  (([ID]>(0)))\nGO\n", n, n);
	for (unsigned k = 0, nidx = 1 + rnd(3); k < nidx; k++) {
		unsigned c = 1 + rnd(ncols - 1);
		out(o, "CREATE NONCLUSTERED INDEX [IX_Table%u_%u] ON [dbo].[Table%u]\n(\n\t[Col%u_%u] ASC\n)%s"
			   "WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, SORT_IN_TEMPDB = OFF, DROP_EXISTING = OFF, "
			   "ONLINE = OFF) ON [PRIMARY]\nGO\n", n, k, n, n, c, k == 1 ? " INCLUDE([ID]) " : "");
	}
	out(o, "EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Rows of table %u, it''s synthetic.' , "
		   "@level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Table%u'\nGO\n", n, n);
	out(o, "EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'The key' , @level0type=N'SCHEMA',"
		   "@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Table%u', @level2type=N'COLUMN',@level2name=N'ID'\nGO\n", n);
	if (n % 4 == 3) {
		out(o, "-- a view over table %u\nCREATE VIEW [dbo].[View%u] AS\nSELECT t.[ID], t.[Col%u_1] AS [First], "
			   "CASE WHEN t.[ID] > 10 THEN N'big' ELSE N'small' END AS [Size], ISNULL(t.[Col%u_2], 0) AS [Second]\n"
			   "FROM [dbo].[Table%u] AS t\nWHERE t.[ID] > 0\nGO\n", n, n, n, n, n);
	}
	if (n % 50 == 7) {
		out(o, "CREATE PROCEDURE [dbo].[usp_Touch%u] @ID int AS\nBEGIN\n\tSET NOCOUNT ON;\n"
			   "\tUPDATE [dbo].[Table%u] SET [Col%u_1] = [Col%u_1] WHERE [ID] = @ID;\nEND\nGO\n", n, n, n, n);
	}
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: gen_tsql MEGABYTES [SEED] > schema.sql\n", stderr);
		return 2;
	}
	double mb = atof(argv[1]);
	rng_state = argc > 2 ? strtoull(argv[2], NULL, 10) | 1 : 0x9E3779B97F4A7C15ULL;
	long target = (long)(mb * 1024 * 1024);
	static char obuf[1 << 16];
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	out(stdout, "-- synthetic schema written by tools/gen_tsql.c\nUSE [Bench]\nGO\n");
	for (unsigned n = 0; written < target; n++)
		table(stdout, n);
	return fflush(stdout) ? 1 : 0;
}
