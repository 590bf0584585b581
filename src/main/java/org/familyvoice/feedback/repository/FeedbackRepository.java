package org.familyvoice.feedback.repository;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface FeedbackRepository extends ListCrudRepository<FeedbackRow, Long> {

    Optional<FeedbackRow> findBySubmissionKey(String submissionKey);

    boolean existsByReference(String reference);

    @Query("select * from feedback where author_user_id = :userId order by submitted_at desc, id desc limit :limit offset :offset")
    List<FeedbackRow> findByAuthor(@Param("userId") long userId, @Param("offset") long offset, @Param("limit") int limit);

    @Query("select count(*) from feedback where author_user_id = :userId")
    int countByAuthor(@Param("userId") long userId);
}
