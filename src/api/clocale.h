/* clocale.h - public calls that read or write text run in the "C" locale on their thread (clocale.c). */
#ifndef SCT_CLOCALE_H
#define SCT_CLOCALE_H
#include <locale.h>

typedef struct sct_clocale {
	locale_t c;   /* the "C" locale made for this call, or 0 when it could not be made */
	locale_t old; /* the thread's locale before the call */
} sct_clocale;

void sct_clocale_enter(sct_clocale *l);
void sct_clocale_leave(sct_clocale *l);
#endif
