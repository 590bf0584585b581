package org.familyvoice.notifications.repository;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

public interface NotificationRepository extends ListCrudRepository<NotificationRow, Long> {

    @Query("select * from notification where user_id = :userId order by created_at desc, id desc limit :limit")
    List<NotificationRow> findNewest(@Param("userId") long userId, @Param("limit") int limit);

    @Query("select count(*) from notification where user_id = :userId and read_at is null")
    int countUnread(@Param("userId") long userId);

    @Modifying
    @Query("update notification set read_at = :at where user_id = :userId and read_at is null")
    int markAllRead(@Param("userId") long userId, @Param("at") Instant at);
}
