package org.familyvoice.families.repository;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface FamilyRepository extends ListCrudRepository<FamilyRow, Long> {

    boolean existsByCaseReference(String caseReference);

    /** A practitioner's own families first, then the rest of their team's. */
    @Query("""
            select * from family where allocated_practitioner_id = :userId or team_id = :teamId
            order by case when allocated_practitioner_id = :userId then 0 else 1 end, case_reference, id
            limit :limit offset :offset""")
    List<FamilyRow> findForPractitioner(@Param("userId") long userId, @Param("teamId") long teamId,
                                        @Param("offset") long offset, @Param("limit") int limit);

    @Query("select count(*) from family where allocated_practitioner_id = :userId or team_id = :teamId")
    int countForPractitioner(@Param("userId") long userId, @Param("teamId") long teamId);

    @Query("select * from family where team_id = :teamId order by case_reference, id limit :limit offset :offset")
    List<FamilyRow> findInTeam(@Param("teamId") long teamId, @Param("offset") long offset, @Param("limit") int limit);

    @Query("select count(*) from family where team_id = :teamId")
    int countInTeam(@Param("teamId") long teamId);
}
