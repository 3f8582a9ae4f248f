package org.guichet.instruction.internal.decision;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.time.Clock;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues a decision's letter once the decision committed, so that the job finds it. Not a module
 * listener: it needs no transaction of its own, only the scheduler's connection, which matters when
 * a batch queues hundreds at once. The event registry still retries it if queuing fails.
 */
@Component
class DecisionLetterQueue {

    private final SchedulerClient scheduler;
    private final Clock clock;

    DecisionLetterQueue(SchedulerClient scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Async
    @TransactionalEventListener
    void on(DecisionRecorded recorded) {
        scheduler.scheduleIfNotExists(DecisionLetterJobs.LETTER.instance(recorded.decisionId().toString())
                .data(recorded.tenantId().value().toString()).scheduledTo(clock.instant()));
    }
}
