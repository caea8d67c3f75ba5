package org.unionflow.trail;

import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionflow.platform.export.Exports;
import org.unionflow.platform.security.CurrentUser;

/**
 * The approval trail, read-only: one case's whole chain (by business key or process instance), decided steps
 * across cases, their CSV and PDF exports, and the recomputation of the hash chain.
 */
@RestController
@RequestMapping("/api/trail")
@RequiredArgsConstructor
class TrailController {

  private final CaseTrails cases;
  private final StepSearch search;
  private final TrailReports reports;
  private final CurrentUser currentUser;

  @GetMapping("/cases/{businessKey}")
  CaseTrail trail(@PathVariable String businessKey) {
    return cases.byBusinessKey(currentUser.get(), businessKey);
  }

  @GetMapping("/instances/{processInstanceId}")
  CaseTrail trailOfInstance(@PathVariable String processInstanceId) {
    return cases.byProcessInstance(currentUser.get(), processInstanceId);
  }

  @GetMapping("/cases/{businessKey}/csv")
  ResponseEntity<byte[]> trailCsv(@PathVariable String businessKey) {
    CaseTrail trail = cases.byBusinessKey(currentUser.get(), businessKey);
    return Exports.csv("trail-" + businessKey, reports.csv(trail));
  }

  @GetMapping("/cases/{businessKey}/pdf")
  ResponseEntity<byte[]> trailPdf(@PathVariable String businessKey) {
    CaseTrail trail = cases.byBusinessKey(currentUser.get(), businessKey);
    return Exports.pdf("trail-" + businessKey, reports.pdf(trail));
  }

  @GetMapping("/cases/{businessKey}/verify")
  ChainCheck verify(@PathVariable String businessKey) {
    return cases.check(currentUser.get(), businessKey);
  }

  @GetMapping("/verify")
  List<ChainCheck> verifyAll() {
    return cases.checkAll(currentUser.get());
  }

  /** Cases by the start of their business key, for the Cockpit page (finished cases have no Cockpit view). */
  @GetMapping("/cases")
  List<CaseSummary> searchCases(@RequestParam(required = false) String businessKey,
      @RequestParam(defaultValue = "false") boolean finished) {
    return cases.search(currentUser.get(), businessKey, finished);
  }

  @GetMapping("/steps")
  StepList steps(@RequestParam(required = false) String person, @RequestParam(required = false) String process,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return search.find(currentUser.get(), new StepFilter(person, process, decision, from, to));
  }

  @GetMapping("/steps/csv")
  ResponseEntity<byte[]> stepsCsv(@RequestParam(required = false) String person,
      @RequestParam(required = false) String process, @RequestParam(required = false) String decision,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return Exports.csv("approval-steps", reports.csv(steps(person, process, decision, from, to)));
  }

  @GetMapping("/steps/pdf")
  ResponseEntity<byte[]> stepsPdf(@RequestParam(required = false) String person,
      @RequestParam(required = false) String process, @RequestParam(required = false) String decision,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return Exports.pdf("approval-steps", reports.pdf(steps(person, process, decision, from, to)));
  }
}
