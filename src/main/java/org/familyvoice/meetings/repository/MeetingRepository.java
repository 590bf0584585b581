package org.familyvoice.meetings.repository;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface MeetingRepository extends ListCrudRepository<MeetingRow, Long> {

    @Query("select * from meeting where family_id = :familyId order by starts_at desc, id desc limit :limit offset :offset")
    List<MeetingRow> findByFamily(@Param("familyId") long familyId, @Param("offset") long offset,
                                  @Param("limit") int limit);

    @Query("select count(*) from meeting where family_id = :familyId")
    int countByFamily(@Param("familyId") long familyId);

    /** A family member's meetings: their own family's, and only those they are invited to. */
    @Query("""
            select m.* from meeting m
            where m.family_id = :familyId and exists (
                select 1 from meeting_attendee a join family_member fm on fm.id = a.family_member_id
                where a.meeting_id = m.id and fm.user_id = :userId)
            order by m.starts_at, m.id""")
    List<MeetingRow> findInvited(@Param("familyId") long familyId, @Param("userId") long userId);

    @Query("""
            select count(*) from meeting_attendee a join family_member fm on fm.id = a.family_member_id
            where a.meeting_id = :meetingId and fm.user_id = :userId""")
    int countInvitations(@Param("meetingId") long meetingId, @Param("userId") long userId);
}
