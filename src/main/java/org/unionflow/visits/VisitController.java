package org.unionflow.visits;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.security.CurrentUser;
import org.unionflow.platform.web.SortableBy;

/** The visit ledger (走访台账) of the caller's union and its open hardship referrals, read-only. */
@RestController
@RequestMapping("/api/visits")
class VisitController {

  private static final SortableBy SORTABLE = SortableBy.of("reportedAt", "eventDate", "deadline", "status", "businessKey");

  private final VisitService visits;
  private final CurrentUser currentUser;

  VisitController(VisitService visits, CurrentUser currentUser) {
    this.visits = visits;
    this.currentUser = currentUser;
  }

  @GetMapping
  Page<VisitView> list(@RequestParam(required = false) VisitStatus status,
      @RequestParam(required = false) EventType eventType,
      @PageableDefault(size = 20, sort = "reportedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    return visits.search(currentUser.get().union(), status, eventType, SORTABLE.check(pageable)).map(VisitView::of);
  }

  @GetMapping("/{businessKey}")
  VisitView get(@PathVariable String businessKey) {
    Visit visit = visits.find(currentUser.get().union(), businessKey);
    return VisitView.of(visit, visits.referralOf(visit).orElse(null));
  }

  @GetMapping("/referrals")
  List<ReferralView> openReferrals() {
    return visits.openReferrals(currentUser.get().union()).stream().map(ReferralView::of).toList();
  }
}
