package org.familyvoice.families.repository;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface MemberRepository extends ListCrudRepository<MemberRow, Long> {

    List<MemberRow> findByFamilyIdOrderById(long familyId);
}
