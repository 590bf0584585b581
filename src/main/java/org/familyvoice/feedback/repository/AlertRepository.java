package org.familyvoice.feedback.repository;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface AlertRepository extends ListCrudRepository<AlertRow, Long> {

    /** A manager's queue: their team's alerts and those with no team; open ones first, soonest due first. */
    @Query("""
            select * from safeguarding_alert
            where (team_id = :teamId or team_id is null) and (:includeClosed = true or status <> 'CLOSED')
            order by case when status = 'CLOSED' then 1 else 0 end, due_at, id
            limit :limit offset :offset""")
    List<AlertRow> findQueue(@Param("teamId") long teamId, @Param("includeClosed") boolean includeClosed,
                             @Param("offset") long offset, @Param("limit") int limit);

    @Query("""
            select count(*) from safeguarding_alert
            where (team_id = :teamId or team_id is null) and (:includeClosed = true or status <> 'CLOSED')""")
    int countQueue(@Param("teamId") long teamId, @Param("includeClosed") boolean includeClosed);
}
