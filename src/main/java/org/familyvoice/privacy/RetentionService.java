package org.familyvoice.privacy;

import org.familyvoice.privacy.repository.RetentionRuns;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** What administrators see of retention: the settings, the recent runs, and "run it now". */
@Service
public class RetentionService {

    private final RetentionSettings settings;
    private final RetentionRuns runs;
    private final RetentionJob job;

    RetentionService(RetentionSettings settings, RetentionRuns runs, RetentionJob job) {
        this.settings = settings;
        this.runs = runs;
        this.job = job;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public RetentionSettings settings() {
        return settings;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public String node() {
        return job.node();
    }

    /** The runs, newest first, a page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<RetentionRun> recentRuns(long offset, int limit) {
        return runs.newest(offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int countRuns() {
        return runs.count();
    }

    /** Runs the job now, on this node; empty when another node is running it at this moment. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<RetentionRun> runNow() {
        return job.run(RetentionJob.Trigger.MANUAL);
    }
}
