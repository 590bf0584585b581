package org.familyvoice.accounts.repository;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface UserRepository extends ListCrudRepository<UserRow, Long> {

    Optional<UserRow> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select * from app_user where role in ('PRACTITIONER', 'MANAGER', 'ADMIN')
            order by active desc, display_name, id limit :limit offset :offset""")
    List<UserRow> findStaffPage(@Param("offset") long offset, @Param("limit") int limit);

    @Query("select count(*) from app_user where role in ('PRACTITIONER', 'MANAGER', 'ADMIN')")
    int countStaff();

    @Query("""
            select * from app_user where role = 'PRACTITIONER' and team_id = :teamId and active = true
            order by display_name, id""")
    List<UserRow> findActivePractitionersInTeam(@Param("teamId") long teamId);

    /** The address for notifications is kept out of {@link UserRow}: only its owner reads or changes it. */
    @Query("select email from app_user where id = :id")
    @Nullable String findEmail(@Param("id") long id);

    @Modifying
    @Query("update app_user set email = :email where id = :id")
    int updateEmail(@Param("id") long id, @Param("email") @Nullable String email);
}
