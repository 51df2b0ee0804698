/* clocale.c - the library reads and writes SQL the same way whatever locale the calling program set. Case
 * folding (strcasecmp, tolower), character classes (isalpha, isspace) and printf's decimal point follow the
 * locale: under tr_TR.UTF-8 "INT" does not equal "int" (tolower('I') is 'I'), under de_DE 97.5 prints "97,5" (the
 * JSON report would not parse). A program that calls setlocale(LC_ALL, "") would get other DDL and reports.
 * So each public call that parses or formats text switches its own thread to the "C" locale (uselocale: the
 * thread only, nothing global) and back when it returns. */
#include "api/clocale.h"

void sct_clocale_enter(sct_clocale *l)
{
	l->c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
	l->old = l->c ? uselocale(l->c) : (locale_t)0; /* without memory for it: the caller's locale, as before */
}

void sct_clocale_leave(sct_clocale *l)
{
	if (!l->c)
		return;
	uselocale(l->old);
	freelocale(l->c);
}
