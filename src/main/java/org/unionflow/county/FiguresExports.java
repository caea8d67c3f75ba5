package org.unionflow.county;

import static org.unionflow.county.Figure.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.unionflow.aid.AidCategory;
import org.unionflow.platform.Money;
import org.unionflow.platform.export.Csv;
import org.unionflow.platform.export.PrintableReport;

/**
 * The figures as a workbook (a summary sheet with a row per base union and the total, then the breakdowns) and as
 * the figures section of a year's work summary (工作总结): numbered parts, the numbers in sentences, then tables.
 */
final class FiguresExports {

  private static final String UNION = "基层工会 / Base union";

  private FiguresExports() {
  }

  static Map<String, Csv> workbook(CountyFigures.Report report) {
    List<UnionFigures> rows = withTotal(report);
    List<String> header = new ArrayList<>(List.of(UNION));
    Arrays.stream(Figure.values()).map(Figure::label).forEach(header::add);
    header.addAll(List.of("办理落实率 / Handling rate", "满意率 / Satisfaction rate", "预算执行率 / Budget execution"));
    Csv summary = Csv.withHeader(header.toArray(String[]::new));
    for (UnionFigures union : rows) {
      List<Object> cells = new ArrayList<>(List.of(union.name()));
      Arrays.stream(Figure.values()).map(figure -> figure.money() ? union.get(figure) : union.get(figure).longValue())
          .forEach(cells::add);
      cells.addAll(List.of(Rates.percent(union.handlingRate()), Rates.percent(union.satisfactionRate()),
          Rates.percent(union.executionRate())));
      summary.row(cells.toArray());
    }
    Map<String, Csv> sheets = new LinkedHashMap<>();
    sheets.put("汇总 Summary", summary);
    sheets.put("走访 Visits", tallies(rows, UnionFigures::visits, "事由 / Event", "人次 / Visits",
        "慰问金 / Money"));
    sheets.put("帮扶 Aid", tallies(rows, UnionFigures::aid, "类别·等级 / Category · level", "人数 / Members",
        "金额 / Amount"));
    Csv budget = Csv.withHeader(UNION, "科目 / Line", "预算 / Budget", "已支出 / Spent", "执行率 / Execution");
    rows.forEach(union -> union.budget().forEach(line -> budget.row(union.name(), line.label(), line.budget(),
        line.amount(), Rates.percent(line.rate()))));
    sheets.put("预算执行 Budget", budget);
    return sheets;
  }

  static PrintableReport pdf(CountyFigures.Report report) {
    UnionFigures total = report.total();
    Tally schooling = total.aid().stream().filter(t -> t.code().equals(AidCategory.CHILDREN_SCHOOLING.name()))
        .reduce(Tally::plus).orElse(new Tally(AidCategory.CHILDREN_SCHOOLING.name(), null, "", 0, Money.ZERO, null));
    PrintableReport pdf = PrintableReport.titled(report.name() + report.periodLabel() + "工作总结数据")
        .fact("期间 / Period", report.from() + " 至 " + report.to())
        .fact("基层工会 / Base unions", report.unions().size())
        .heading("一、基本情况")
        .note("本会所属基层工会" + report.unions().size() + "个，会员" + count(total, MEMBERS) + "人（其中退休"
            + count(total, RETIREES) + "人），工会干部" + count(total, OFFICERS) + "人。")
        .heading("二、民主管理")
        .note("召开教代会（职代会）" + count(total, CONGRESS_SESSIONS) + "次；征集提案" + count(total, MOTIONS_FILED)
            + "件，立案" + count(total, MOTIONS_ACCEPTED) + "件，转为意见建议" + count(total, MOTIONS_CONVERTED)
            + "件，已答复" + count(total, MOTIONS_ANSWERED) + "件，提案办理落实率" + Rates.percent(total.handlingRate())
            + "，满意率" + Rates.percent(total.satisfactionRate()) + "。")
        .heading("三、走访慰问")
        .note("走访慰问职工" + count(total, VISITS) + "人次，发放慰问金" + Money.yuan(total.get(VISIT_MONEY)) + "。")
        .table(List.of("事由 / Event", "人次 / Visits", "慰问金 / Money"),
            total.visits().stream().<List<?>>map(t -> List.of(t.label(), t.count(), Money.yuan(t.amount()))).toList())
        .heading("四、困难帮扶")
        .note("帮扶困难职工" + count(total, MEMBERS_AIDED) + "人，帮扶金额" + Money.yuan(total.get(AID_AMOUNT))
            + "；其中金秋助学受助" + schooling.count() + "人，金额" + Money.yuan(schooling.amount()) + "。在档困难职工"
            + count(total, HARDSHIP_FILES_OPEN) + "人，复核档案" + count(total, HARDSHIP_FILES_REVIEWED) + "份。")
        .table(List.of("类别·等级 / Category · level", "人数 / Members", "金额 / Amount"),
            total.aid().stream().<List<?>>map(t -> List.of(t.label(), t.count(), Money.yuan(t.amount()))).toList())
        .heading("五、经费管理")
        .note("经费支出" + count(total, EXPENSES_PAID) + "笔，共" + Money.yuan(total.get(EXPENSE_AMOUNT)) + "；全年预算"
            + Money.yuan(total.get(BUDGET)) + "，期内支出" + Money.yuan(total.get(SPENT)) + "，预算执行率"
            + Rates.percent(total.executionRate()) + "。完成经费审查" + count(total, AUDITS_DONE) + "次，尚有"
            + count(total, AUDIT_FINDINGS_OPEN) + "个问题未整改。")
        .table(List.of("科目 / Line", "预算 / Budget", "已支出 / Spent", "执行率 / Execution"),
            total.budget().stream().<List<?>>map(t -> List.of(t.label(), Money.yuan(t.budget()),
                Money.yuan(t.amount()), Rates.percent(t.rate()))).toList())
        .heading("六、公开公示")
        .note("发布帮扶公示" + count(total, AID_NOTICES) + "次，公开提案办理结果" + count(total, MOTIONS_PUBLISHED)
            + "件，公示经费审查报告" + count(total, AUDIT_REPORTS_PUBLISHED) + "份。")
        .heading("七、各基层工会情况");
    List<Figure> columns = List.of(MEMBERS, OFFICERS, CONGRESS_SESSIONS, MOTIONS_FILED, VISITS, MEMBERS_AIDED,
        AID_AMOUNT, SPENT);
    List<String> header = new ArrayList<>(List.of(UNION));
    columns.forEach(figure -> header.add(figure.label()));
    return pdf.table(header, withTotal(report).stream().<List<?>>map(union -> {
      List<Object> cells = new ArrayList<>(List.of(union.name()));
      columns.forEach(figure -> cells.add(figure.money() ? Money.yuan(union.get(figure)) : count(union, figure)));
      return cells;
    }).toList());
  }

  private static List<UnionFigures> withTotal(CountyFigures.Report report) {
    List<UnionFigures> rows = new ArrayList<>(report.unions());
    rows.add(report.total());
    return rows;
  }

  private static Csv tallies(List<UnionFigures> rows, Function<UnionFigures, List<Tally>> part, String what,
      String count, String amount) {
    Csv csv = Csv.withHeader(UNION, what, count, amount);
    rows.forEach(union -> part.apply(union).forEach(t -> csv.row(union.name(), t.label(), t.count(), t.amount())));
    return csv;
  }

  private static long count(UnionFigures union, Figure figure) {
    BigDecimal value = union.get(figure);
    return value.longValue();
  }
}
