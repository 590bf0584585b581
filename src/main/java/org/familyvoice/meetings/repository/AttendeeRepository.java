package org.familyvoice.meetings.repository;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface AttendeeRepository extends ListCrudRepository<AttendeeRow, Long> {

    @Query("select * from meeting_attendee where meeting_id in (:meetingIds) order by id")
    List<AttendeeRow> findForMeetings(@Param("meetingIds") Collection<Long> meetingIds);
}
