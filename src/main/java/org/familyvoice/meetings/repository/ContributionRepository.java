package org.familyvoice.meetings.repository;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface ContributionRepository extends ListCrudRepository<ContributionRow, Long> {

    /** Every item still standing for a meeting: for staff who may read the family. */
    @Query("select * from meeting_contribution where meeting_id = :meetingId and status = 'ACTIVE' order by id")
    List<ContributionRow> findActive(@Param("meetingId") long meetingId);

    /** The caller's own items still standing. */
    @Query("""
            select * from meeting_contribution
            where meeting_id = :meetingId and status = 'ACTIVE' and author_user_id = :userId order by id""")
    List<ContributionRow> findMine(@Param("meetingId") long meetingId, @Param("userId") long userId);

    /**
     * What a family member may see: their own items and the others' items shared with everyone, never another
     * person's items marked for the worker only. The rule is in the query, so a private item never leaves the database.
     */
    @Query("""
            select * from meeting_contribution
            where meeting_id = :meetingId and status = 'ACTIVE'
              and (author_user_id = :userId or visible_to = 'EVERYONE')
            order by id""")
    List<ContributionRow> findVisibleToFamilyMember(@Param("meetingId") long meetingId, @Param("userId") long userId);
}
