package org.xinfang.rating;

import java.util.Optional;
import org.springframework.data.repository.Repository;

interface SatisfactionRatingRepository extends Repository<SatisfactionRating, Long> {

  SatisfactionRating save(SatisfactionRating rating);

  SatisfactionRating saveAndFlush(SatisfactionRating rating);

  Optional<SatisfactionRating> findById(Long caseId);

  void delete(SatisfactionRating rating);
}
