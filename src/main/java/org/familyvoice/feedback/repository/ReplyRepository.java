package org.familyvoice.feedback.repository;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface ReplyRepository extends ListCrudRepository<ReplyRow, Long> {

    @Query("select * from feedback_reply where feedback_id in (:ids) order by sent_at, id")
    List<ReplyRow> findForFeedback(@Param("ids") Collection<Long> ids);
}
