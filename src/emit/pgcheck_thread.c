/* pgcheck_thread.c - the second thread of the libpg_query check (pgcheck.c): full batches handed over through
 * a small queue (a mutex and two condition variables) come back with a verdict, "parses and splits at each
 * statement's ';'" or not; nothing else happens there (what a failed batch becomes is decided by pgcheck.c on
 * the thread that writes the output). Started only when sct_options.threads allows it and the process may run
 * on two CPUs, so one CPU (taskset -c 0) runs as without it. */
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#include "pgcheck.h"
#include "api/clocale.h"
#include "api/stats.h"
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

enum { BEHIND = 2 }; /* batches queued and not yet taken: the writer checks the next one itself */

struct sct_pgcheck_worker {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake, done;  /* wake: a batch was queued, or stop; done: a verdict is in */
	sct_pgcheck_batch *queue[BEHIND];
	int head, queued;           /* queue[head] is taken next */
	int stop;
	double seconds;             /* the worker's own checking time (read after the join) */
};

int sct_pgcheck_thread_wanted(int threads)
{
	if (threads != 0)
		return threads >= 2;
	cpu_set_t set;
	return sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) >= 2;
}

static void *work(void *arg)
{
	sct_pgcheck_worker *w = arg;
	sct_clocale l; /* like the thread that started it (api/clocale.c) */
	sct_clocale_enter(&l);
	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (!w->queued && !w->stop)
			pthread_cond_wait(&w->wake, &w->lock);
		if (!w->queued)
			break;
		sct_pgcheck_batch *b = w->queue[w->head];
		w->head = (w->head + 1) % BEHIND;
		w->queued--;
		pthread_mutex_unlock(&w->lock);
		double t0 = sct_stats_now();
		int ok = sct_pgcheck_batch_ok(b);
		w->seconds += sct_stats_now() - t0;
		pthread_mutex_lock(&w->lock);
		b->ok = ok;
		b->done = 1;
		pthread_cond_signal(&w->done);
	}
	pthread_mutex_unlock(&w->lock);
	sct_clocale_leave(&l);
	/* libpg_query frees this thread's memory context when the thread ends (a thread-specific key's
	 * destructor); pg_query_exit() here as well would free it twice (libpg_query 15-4.0.0, seen with ASan) */
	return NULL;
}

sct_pgcheck_worker *sct_pgcheck_worker_start(void)
{
	sct_pgcheck_worker *w = calloc(1, sizeof *w);
	if (!w)
		return NULL;
	if (pthread_mutex_init(&w->lock, NULL) == 0) {
		if (pthread_cond_init(&w->wake, NULL) == 0) {
			if (pthread_cond_init(&w->done, NULL) == 0) {
				if (pthread_create(&w->thread, NULL, work, w) == 0)
					return w;
				pthread_cond_destroy(&w->done);
			}
			pthread_cond_destroy(&w->wake);
		}
		pthread_mutex_destroy(&w->lock);
	}
	free(w);
	return NULL;
}

int sct_pgcheck_worker_put(sct_pgcheck_worker *w, sct_pgcheck_batch *b)
{
	pthread_mutex_lock(&w->lock);
	int taken = w->queued < BEHIND;
	if (taken) {
		b->done = 0;
		w->queue[(w->head + w->queued) % BEHIND] = b;
		w->queued++;
		pthread_cond_signal(&w->wake);
	}
	pthread_mutex_unlock(&w->lock);
	return taken;
}

int sct_pgcheck_worker_take_back(sct_pgcheck_worker *w, sct_pgcheck_batch *b)
{
	pthread_mutex_lock(&w->lock);
	int back = w->queued && w->queue[w->head] == b;
	if (back) {
		w->head = (w->head + 1) % BEHIND;
		w->queued--;
	}
	pthread_mutex_unlock(&w->lock);
	return back;
}

int sct_pgcheck_worker_done(sct_pgcheck_worker *w, const sct_pgcheck_batch *b, int wait)
{
	pthread_mutex_lock(&w->lock);
	while (wait && !b->done)
		pthread_cond_wait(&w->done, &w->lock);
	int done = b->done;
	pthread_mutex_unlock(&w->lock);
	return done;
}

double sct_pgcheck_worker_stop(sct_pgcheck_worker *w)
{
	pthread_mutex_lock(&w->lock);
	w->stop = 1;
	pthread_cond_signal(&w->wake);
	pthread_mutex_unlock(&w->lock);
	pthread_join(w->thread, NULL);
	double seconds = w->seconds;
	pthread_cond_destroy(&w->done);
	pthread_cond_destroy(&w->wake);
	pthread_mutex_destroy(&w->lock);
	free(w);
	return seconds;
}
