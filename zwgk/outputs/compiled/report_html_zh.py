# Compiled from templates/report.html.j2 by scripts/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_report = resolve('report')
    l_0_lang = resolve('lang')
    l_0_t = resolve('t')
    l_0_p = l_0_keep_rows = missing
    pass
    l_0_p = environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'period')
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
    l_0_keep_rows = 12
    context.vars['keep_rows'] = l_0_keep_rows
    context.exported_vars.add('keep_rows')
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(('zh-CN' if ((undefined(name='lang') if l_0_lang is missing else l_0_lang) == 'zh') else 'en'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'plan_title'))
    yield ' · '
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), environment.made(markup_join(('report.title_', environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'kind'), )))))
    yield ' · '
    yield escape(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'label'))
    yield '</title>\n'
    yield from context.blocks['style'][0](context)
    yield '</head>\n<body>\n'
    yield from context.blocks['header'][0](context)
    yield '\n'
    yield from context.blocks['figures'][0](context)
    yield '\n'
    yield from context.blocks['completed'][0](context)
    yield '\n'
    yield from context.blocks['overdue'][0](context)
    yield '\n'
    yield from context.blocks['upcoming'][0](context)
    yield '\n'
    yield from context.blocks['units'][0](context)
    yield '\n'
    yield from context.blocks['parts'][0](context)
    yield '\n'
    yield from context.blocks['footer'][0](context)
    yield '</body>\n</html>\n'

def block_style(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    pass
    yield '<style>\n  :root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --red: #b42318;\n          --amber: #b54708; --green: #067647; --blue: #175cd3; --bar: #2e6fdb; }\n  * { box-sizing: border-box; }\n  body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink);\n         font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",\n                      "PingFang SC", "SimHei", "Helvetica Neue", Arial, sans-serif;\n         font-size: 14px; line-height: 1.6; }\n  h1 { font-size: 1.6rem; margin: 0 0 .25rem; text-align: center; }\n  h2 { font-size: 1.2rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem;\n       margin-top: 2rem; }\n  h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }\n  .period { text-align: center; color: var(--muted); margin: 0 0 1rem; }\n  .lead { margin: .5rem 0 1rem; }\n  .cards { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }\n  .card { flex: 1 1 7rem; border: 1px solid var(--line); border-radius: 6px;\n          padding: .5rem .75rem; }\n  .card .n { font-size: 1.5rem; font-weight: 700; }\n  .card .d { color: var(--muted); font-size: .85rem; }\n  .card.overdue .n { color: var(--red); }\n  .card.due_soon .n { color: var(--amber); }\n  .card.done .n { color: var(--green); }\n  table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }\n  th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top;\n           text-align: left; overflow-wrap: anywhere; }\n  th { background: #f3f5f7; font-weight: 600; white-space: nowrap; }\n  td.num, th.num { text-align: right; white-space: nowrap; }\n  td.nowrap { white-space: nowrap; }\n  .s-overdue { color: var(--red); font-weight: 600; }\n  .s-due_soon { color: var(--amber); font-weight: 600; }\n  .s-late { color: var(--amber); }\n  .s-done { color: var(--green); }\n  .none { color: var(--muted); }\n  .text { font-size: .9rem; }\n  .evidence a { word-break: break-all; }\n  svg { display: block; max-width: 100%; height: auto; }\n  svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }\n  .foot { margin-top: 2rem; color: var(--muted); font-size: .8rem; text-align: right; }\n  /* Print (A4): the screen look above is untouched; these rules apply only on\n     paper. Sections flow on (no page per section, so no page holds a lone 无。),\n     a heading stays with what follows it, a table\'s header repeats on each page,\n     no row is split, and no page holds a table\'s single first or last row. */\n  @page { size: A4; margin: 15mm 12mm 18mm;\n          @bottom-center { content: "— " counter(page) " —"; font-size: 9pt;\n                           color: #59636e; } }\n  @media print {\n    body { max-width: none; padding: 0; font-size: 10.5pt; }\n    h2 { margin-top: 1.2rem; }\n    h1, h2, h3, .period, .lead { break-after: avoid; }\n    p, td { orphans: 3; widows: 3; }\n    .keep, .cards, .card, svg, tr, .foot { break-inside: avoid; }\n    thead { display: table-header-group; }\n    .moved { display: block; white-space: normal; }  /* on paper the text column needs the width */\n    tbody tr:first-child { break-after: avoid; }\n    tbody tr:last-child { break-before: avoid; }\n    a { color: inherit; text-decoration: none; }\n  }\n</style>\n'

def block_header(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_report = resolve('report')
    l_0_t = resolve('t')
    l_0_p = resolve('p')
    l_0_incomplete = resolve('incomplete')
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    pass
    yield '<header>\n  <h1>'
    yield escape(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'plan_title'))
    yield '<br>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), environment.made(markup_join(('report.title_', environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'kind'), ))), _block_vars=_block_vars))
    yield '</h1>\n  <p class="period">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.period_line', label=environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'label'), start=t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'start')), end=t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'end')), as_of=t_1(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of')), _block_vars=_block_vars))
    yield '</p>\n'
    if (undefined(name='incomplete') if l_0_incomplete is missing else l_0_incomplete):
        pass
        yield '  <p class="incomplete"><strong>'
        yield escape((undefined(name='incomplete') if l_0_incomplete is missing else l_0_incomplete))
        yield '</strong></p>\n'
    yield '</header>\n'

def block_figures(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_report = resolve('report')
    try:
        t_2 = environment.filters['figure']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'figure' found.")
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_4 = environment.filters['signed']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'signed' found.")
    try:
        t_5 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    pass
    yield '<section class="first" id="figures">\n  <h2>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_figures', _block_vars=_block_vars))
    yield '</h2>\n  <p class="lead">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.figures_line', total=environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'total'), exempt=environment.getattr(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'counts'), 'exempt'), completed=environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'completed'), completion=t_3(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'completion')), overdue=environment.getattr(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'counts'), 'overdue'), on_time=t_3(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'on_time_rate')), _block_vars=_block_vars))
    yield '</p>\n  <div class="cards">\n'
    def t_6(fiter):
        for l_1_c in fiter:
            if (environment.getattr(l_1_c, 'code') in ('overdue', 'due_soon', 'late', 'done')):
                yield l_1_c
    for l_1_c in t_6(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'changes')):
        _loop_vars = {}
        pass
        yield '    <div class="card '
        yield escape(environment.getattr(l_1_c, 'code'))
        yield '"><div class="d">'
        yield escape(t_5(environment.getattr(l_1_c, 'code')))
        yield '</div>\n      <div class="n">'
        yield escape(environment.getattr(l_1_c, 'now'))
        yield '</div>\n      <div class="d">'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.since_previous', delta=t_4(environment.getattr(l_1_c, 'delta')), _loop_vars=_loop_vars))
        yield '</div></div>\n'
    l_1_c = missing
    yield '  </div>\n  <table>\n    <thead><tr><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_figure', _block_vars=_block_vars))
    yield '</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_now', date=t_1(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of')), _block_vars=_block_vars))
    yield '</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_before', date=t_1(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'previous'), 'as_of')), _block_vars=_block_vars))
    yield '</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_change', _block_vars=_block_vars))
    yield '</th></tr></thead>\n    <tbody>\n'
    for l_1_c in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'changes'):
        _loop_vars = {}
        pass
        yield '      <tr><td>'
        yield escape(t_2(environment.getattr(l_1_c, 'code')))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_c, 'now'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_c, 'before'))
        yield '</td><td class="num">'
        yield escape(t_4(environment.getattr(l_1_c, 'delta')))
        yield '</td></tr>\n'
    l_1_c = missing
    yield '    </tbody>\n  </table>\n</section>\n'

def block_completed(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_report = resolve('report')
    l_0_t = resolve('t')
    try:
        t_7 = environment.filters['href']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'href' found.")
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_8 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    pass
    yield '<section id="completed"'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'completed')):
        pass
        yield ' class="keep"'
    yield '>\n  <h2>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_completed', _block_vars=_block_vars))
    yield '</h2>\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'completed')):
        pass
        yield '<p class="none">'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.none', _block_vars=_block_vars))
        yield '</p>'
    l_1_loop = missing
    for l_1_group, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'completed'), undefined):
        l_1_keep_rows = resolve('keep_rows')
        _loop_vars = {}
        pass
        yield '  <div class="group'
        if (t_8(environment.getattr(l_1_group, 'lines')) <= (undefined(name='keep_rows') if l_1_keep_rows is missing else l_1_keep_rows)):
            pass
            yield ' keep'
        yield '">\n  <h3>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.group_heading', unit=environment.getattr(l_1_group, 'unit_name'), n=t_8(environment.getattr(l_1_group, 'lines')), _loop_vars=_loop_vars))
        yield '</h3>\n  <table>\n    <thead><tr><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.completed', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.status', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.note', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.evidence', _loop_vars=_loop_vars))
        yield '</th></tr></thead>\n    <tbody>\n'
        l_2_loop = missing
        for l_2_ln, l_2_loop in LoopContext(environment.getattr(l_1_group, 'lines'), undefined):
            _loop_vars = {}
            pass
            yield '      <tr><td class="nowrap">'
            yield escape(environment.getattr(l_2_ln, 'req'))
            yield '</td><td class="nowrap">'
            yield escape((environment.getattr(l_2_ln, 'period') or ''))
            yield '</td><td class="nowrap">'
            yield escape(t_1(environment.getattr(l_2_ln, 'due')))
            yield '</td><td class="nowrap">'
            yield escape(t_1(environment.getattr(l_2_ln, 'completed')))
            yield '</td>\n        <td class="nowrap s-'
            yield escape(environment.getattr(l_2_ln, 'status'))
            yield '">'
            if environment.getattr(l_2_ln, 'days_late'):
                pass
                yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.late_by', status=t_5(environment.getattr(l_2_ln, 'status')), n=environment.getattr(l_2_ln, 'days_late'), _loop_vars=_loop_vars))
            else:
                pass
                yield escape(t_5(environment.getattr(l_2_ln, 'status')))
            yield '</td>\n        <td class="text">'
            yield escape((environment.getattr(l_2_ln, 'note') or ''))
            yield '</td>\n        <td class="evidence">'
            l_3_loop = missing
            for l_3_e, l_3_loop in LoopContext(environment.getattr(l_2_ln, 'evidence'), undefined):
                l_3_target = missing
                _loop_vars = {}
                pass
                l_3_target = t_7(l_3_e)
                _loop_vars['target'] = l_3_target
                if (undefined(name='target') if l_3_target is missing else l_3_target):
                    pass
                    yield '<a href="'
                    yield escape((undefined(name='target') if l_3_target is missing else l_3_target))
                    yield '">'
                    yield escape(l_3_e)
                    yield '</a>'
                else:
                    pass
                    yield escape(l_3_e)
                if (not environment.getattr(l_3_loop, 'last')):
                    pass
                    yield '<br>'
            l_3_loop = l_3_e = l_3_target = missing
            yield '</td></tr>\n'
        l_2_loop = l_2_ln = missing
        yield '    </tbody>\n  </table>\n  </div>\n'
    l_1_loop = l_1_group = l_1_keep_rows = missing
    yield '</section>\n'

def block_overdue(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_report = resolve('report')
    l_0_t = resolve('t')
    l_0_row = resolve('row')
    l_0_label_w = resolve('label_w')
    l_0_bar_w = resolve('bar_w')
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_8 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_9 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_10 = environment.filters['short']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'short' found.")
    try:
        t_11 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '<section id="overdue"'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue')):
        pass
        yield ' class="keep"'
    yield '>\n  <h2>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_overdue', _block_vars=_block_vars))
    yield '</h2>\n'
    if environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue_units'):
        pass
        l_0_row = 22
        _block_vars['row'] = l_0_row
        l_0_label_w = 190
        _block_vars['label_w'] = l_0_label_w
        l_0_bar_w = 420
        _block_vars['bar_w'] = l_0_bar_w
        yield '  <svg role="img" aria-label="'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.chart_overdue', _block_vars=_block_vars))
        yield '" viewBox="0 0 680 '
        yield escape(environment.call_binop(context, '+', environment.call_binop(context, '*', t_8(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue_units')), (undefined(name='row') if l_0_row is missing else l_0_row)), 28))
        yield '" width="680" height="'
        yield escape(environment.call_binop(context, '+', environment.call_binop(context, '*', t_8(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue_units')), (undefined(name='row') if l_0_row is missing else l_0_row)), 28))
        yield '">\n    <text x="0" y="14" font-weight="600">'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.chart_overdue', _block_vars=_block_vars))
        yield '</text>\n'
        l_1_loop = missing
        for l_1_u, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue_units'), undefined):
            l_1_y = l_1_w = missing
            _loop_vars = {}
            pass
            l_1_y = environment.call_binop(context, '+', 24, environment.call_binop(context, '*', environment.getattr(l_1_loop, 'index0'), (undefined(name='row') if l_0_row is missing else l_0_row)))
            _loop_vars['y'] = l_1_y
            l_1_w = t_9(environment.call_binop(context, '*', (environment.getattr(environment.getattr(l_1_u, 'dated'), 'overdue') / environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'max_overdue')), (undefined(name='bar_w') if l_0_bar_w is missing else l_0_bar_w)), 1)
            _loop_vars['w'] = l_1_w
            yield '    <text x="'
            yield escape(((undefined(name='label_w') if l_0_label_w is missing else l_0_label_w) - 6))
            yield '" y="'
            yield escape(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 14))
            yield '" text-anchor="end">'
            yield escape(t_10(environment.getattr(l_1_u, 'unit_name'), 13))
            yield '</text>\n    <rect x="'
            yield escape((undefined(name='label_w') if l_0_label_w is missing else l_0_label_w))
            yield '" y="'
            yield escape(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 3))
            yield '" width="'
            yield escape((undefined(name='w') if l_1_w is missing else l_1_w))
            yield '" height="'
            yield escape(((undefined(name='row') if l_0_row is missing else l_0_row) - 8))
            yield '" fill="#b42318" rx="2"></rect>\n    <text x="'
            yield escape(environment.call_binop(context, '+', environment.call_binop(context, '+', (undefined(name='label_w') if l_0_label_w is missing else l_0_label_w), (undefined(name='w') if l_1_w is missing else l_1_w)), 6))
            yield '" y="'
            yield escape(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 14))
            yield '">'
            yield escape(environment.getattr(environment.getattr(l_1_u, 'dated'), 'overdue'))
            yield '</text>\n'
        l_1_loop = l_1_u = l_1_y = l_1_w = missing
        yield '  </svg>\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue')):
        pass
        yield '<p class="none">'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.none', _block_vars=_block_vars))
        yield '</p>'
    l_1_loop = missing
    for l_1_group, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue'), undefined):
        l_1_keep_rows = resolve('keep_rows')
        _loop_vars = {}
        pass
        yield '  <div class="group'
        if (t_8(environment.getattr(l_1_group, 'lines')) <= (undefined(name='keep_rows') if l_1_keep_rows is missing else l_1_keep_rows)):
            pass
            yield ' keep'
        yield '">\n  <h3>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.group_heading', unit=environment.getattr(l_1_group, 'unit_name'), n=t_8(environment.getattr(l_1_group, 'lines')), _loop_vars=_loop_vars))
        yield '</h3>\n  <table>\n    <thead><tr><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due', _loop_vars=_loop_vars))
        yield '</th><th class="num">'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.days_late', _loop_vars=_loop_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.text', _loop_vars=_loop_vars))
        yield '</th></tr></thead>\n    <tbody>\n'
        l_2_loop = missing
        for l_2_ln, l_2_loop in LoopContext(environment.getattr(l_1_group, 'lines'), undefined):
            _loop_vars = {}
            pass
            yield '      <tr><td class="nowrap">'
            yield escape(environment.getattr(l_2_ln, 'req'))
            yield '</td><td class="nowrap">'
            yield escape((environment.getattr(l_2_ln, 'period') or ''))
            yield '</td><td class="nowrap">'
            yield escape(t_1(environment.getattr(l_2_ln, 'due')))
            yield '</td><td class="num s-overdue">'
            yield escape(environment.getattr(l_2_ln, 'days_late'))
            yield '</td><td class="text" title="'
            yield escape(environment.getattr(l_2_ln, 'text'))
            yield '">'
            if (t_11(environment.getattr(l_2_loop, 'previtem')) and (environment.getattr(environment.getattr(l_2_loop, 'previtem'), 'req') == environment.getattr(l_2_ln, 'req'))):
                pass
                yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.same_as_above', _loop_vars=_loop_vars))
            else:
                pass
                yield escape(t_10(environment.getattr(l_2_ln, 'text'), 60))
            yield '</td></tr>\n'
        l_2_loop = l_2_ln = missing
        yield '    </tbody>\n  </table>\n  </div>\n'
    l_1_loop = l_1_group = l_1_keep_rows = missing
    yield '</section>\n'

def block_upcoming(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_report = resolve('report')
    l_0_keep_rows = resolve('keep_rows')
    l_0_t = resolve('t')
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_8 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_10 = environment.filters['short']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No filter named 'short' found.")
    try:
        t_12 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_12(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '<section id="upcoming"'
    if (t_8(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'upcoming')) <= (undefined(name='keep_rows') if l_0_keep_rows is missing else l_0_keep_rows)):
        pass
        yield ' class="keep"'
    yield '>\n  <h2>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_upcoming', n=environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'upcoming_days'), _block_vars=_block_vars))
    yield '</h2>\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'upcoming')):
        pass
        yield '<p class="none">'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.none', _block_vars=_block_vars))
        yield '</p>'
    else:
        pass
        yield '  <table>\n    <thead><tr><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due', _block_vars=_block_vars))
        yield '</th><th class="num">'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.days_left', _block_vars=_block_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req', _block_vars=_block_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.unit', _block_vars=_block_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period', _block_vars=_block_vars))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.text', _block_vars=_block_vars))
        yield '</th></tr></thead>\n    <tbody>\n'
        for l_1_ln in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'upcoming'):
            _loop_vars = {}
            pass
            yield '      <tr><td class="nowrap">'
            yield escape(t_1(environment.getattr(l_1_ln, 'due')))
            if environment.getattr(l_1_ln, 'moved'):
                pass
                yield '<span class="moved">'
                yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.last_workday', day=t_1(environment.getattr(l_1_ln, 'last_workday')), _loop_vars=_loop_vars))
                yield '</span>'
            yield '</td><td class="num s-'
            yield escape(environment.getattr(l_1_ln, 'status'))
            yield '">'
            yield escape(('-' if t_12(environment.getattr(l_1_ln, 'days_left')) else environment.getattr(l_1_ln, 'days_left')))
            yield '</td><td class="nowrap">'
            yield escape(environment.getattr(l_1_ln, 'req'))
            yield '</td><td class="nowrap">'
            yield escape(environment.getattr(l_1_ln, 'unit_name'))
            yield '</td><td class="nowrap">'
            yield escape((environment.getattr(l_1_ln, 'period') or ''))
            yield '</td><td class="text" title="'
            yield escape(environment.getattr(l_1_ln, 'text'))
            yield '">'
            yield escape(t_10(environment.getattr(l_1_ln, 'text'), 60))
            yield '</td></tr>\n'
        l_1_ln = missing
        yield '    </tbody>\n  </table>\n'
    yield '</section>\n'

def block_units(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_report = resolve('report')
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_5 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    pass
    yield '<section id="units">\n  <h2>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_units', _block_vars=_block_vars))
    yield '</h2>\n  <table>\n    <thead><tr><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.unit', _block_vars=_block_vars))
    yield '</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.obligations', _block_vars=_block_vars))
    yield '</th><th class="num">已完成</th><th class="num">逾期完成</th><th class="num">已逾期</th><th class="num">即将到期</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.on_time_rate', _block_vars=_block_vars))
    yield '</th><th class="num">有记录</th><th class="num">无记录</th></tr></thead>\n    <tbody>\n'
    for l_1_u in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'units'):
        _loop_vars = {}
        pass
        yield '      <tr><td class="nowrap">'
        yield escape(environment.getattr(l_1_u, 'unit_name'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_u, 'obligations'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(environment.getattr(l_1_u, 'dated'), 'done'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(environment.getattr(l_1_u, 'dated'), 'late'))
        yield '</td><td class="num'
        yield escape((' s-overdue' if environment.getattr(environment.getattr(l_1_u, 'dated'), 'overdue') else cond_expr_undefined("the inline if-expression on line 187 in 'report.html.j2' evaluated to false and no else section was defined.")))
        yield '">'
        yield escape(environment.getattr(environment.getattr(l_1_u, 'dated'), 'overdue'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(environment.getattr(l_1_u, 'dated'), 'due_soon'))
        yield '</td><td class="num">'
        yield escape(t_3(environment.getattr(l_1_u, 'on_time_rate')))
        yield '</td><td class="num">'
        yield escape(environment.getattr(environment.getattr(l_1_u, 'standing'), 'recorded'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(environment.getattr(l_1_u, 'standing'), 'unrecorded'))
        yield '</td></tr>\n'
    l_1_u = missing
    yield '    </tbody>\n  </table>\n</section>\n'

def block_parts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_report = resolve('report')
    l_0_row = l_0_label_w = l_0_bar_w = missing
    try:
        t_8 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_9 = environment.filters['round']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'round' found.")
    try:
        t_5 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    try:
        t_13 = environment.filters['truncate']
    except KeyError:
        @internalcode
        def t_13(*unused):
            raise TemplateRuntimeError("No filter named 'truncate' found.")
    pass
    yield '<section id="parts" class="keep">\n  <h2>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_parts', _block_vars=_block_vars))
    yield '</h2>\n'
    l_0_row = 26
    _block_vars['row'] = l_0_row
    l_0_label_w = 250
    _block_vars['label_w'] = l_0_label_w
    l_0_bar_w = 330
    _block_vars['bar_w'] = l_0_bar_w
    yield '  <svg role="img" aria-label="'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.chart_parts', _block_vars=_block_vars))
    yield '" viewBox="0 0 680 '
    yield escape(environment.call_binop(context, '+', environment.call_binop(context, '*', t_8(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'parts')), (undefined(name='row') if l_0_row is missing else l_0_row)), 28))
    yield '" width="680" height="'
    yield escape(environment.call_binop(context, '+', environment.call_binop(context, '*', t_8(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'parts')), (undefined(name='row') if l_0_row is missing else l_0_row)), 28))
    yield '">\n    <text x="0" y="14" font-weight="600">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.chart_parts', _block_vars=_block_vars))
    yield '</text>\n'
    l_1_loop = missing
    for l_1_part, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'parts'), undefined):
        l_1_y = l_1_w = missing
        _loop_vars = {}
        pass
        l_1_y = environment.call_binop(context, '+', 24, environment.call_binop(context, '*', environment.getattr(l_1_loop, 'index0'), (undefined(name='row') if l_0_row is missing else l_0_row)))
        _loop_vars['y'] = l_1_y
        l_1_w = t_9(environment.call_binop(context, '*', (environment.getattr(l_1_part, 'completion') or 0), (undefined(name='bar_w') if l_0_bar_w is missing else l_0_bar_w)), 1)
        _loop_vars['w'] = l_1_w
        yield '    <text x="'
        yield escape(((undefined(name='label_w') if l_0_label_w is missing else l_0_label_w) - 6))
        yield '" y="'
        yield escape(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 16))
        yield '" text-anchor="end">'
        yield escape(environment.getattr(l_1_part, 'no'))
        yield '、'
        yield escape(t_13(environment, environment.getattr(l_1_part, 'title'), 16, True, '…', 0))
        yield '</text>\n    <rect x="'
        yield escape((undefined(name='label_w') if l_0_label_w is missing else l_0_label_w))
        yield '" y="'
        yield escape(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 4))
        yield '" width="'
        yield escape((undefined(name='bar_w') if l_0_bar_w is missing else l_0_bar_w))
        yield '" height="'
        yield escape(((undefined(name='row') if l_0_row is missing else l_0_row) - 10))
        yield '" fill="#e4e7ec" rx="2"></rect>\n    <rect x="'
        yield escape((undefined(name='label_w') if l_0_label_w is missing else l_0_label_w))
        yield '" y="'
        yield escape(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 4))
        yield '" width="'
        yield escape((undefined(name='w') if l_1_w is missing else l_1_w))
        yield '" height="'
        yield escape(((undefined(name='row') if l_0_row is missing else l_0_row) - 10))
        yield '" fill="#2e6fdb" rx="2"></rect>\n    <text x="'
        yield escape(environment.call_binop(context, '+', environment.call_binop(context, '+', (undefined(name='label_w') if l_0_label_w is missing else l_0_label_w), (undefined(name='bar_w') if l_0_bar_w is missing else l_0_bar_w)), 6))
        yield '" y="'
        yield escape(environment.call_binop(context, '+', (undefined(name='y') if l_1_y is missing else l_1_y), 16))
        yield '">'
        yield escape(t_3(environment.getattr(l_1_part, 'completion')))
        yield '（'
        yield escape(environment.getattr(l_1_part, 'completed'))
        yield '/'
        yield escape(environment.getattr(l_1_part, 'obligations'))
        yield '）</text>\n'
    l_1_loop = l_1_part = l_1_y = l_1_w = missing
    yield '  </svg>\n  <table>\n    <thead><tr><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.part', _block_vars=_block_vars))
    yield '</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.obligations', _block_vars=_block_vars))
    yield '</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.completed', _block_vars=_block_vars))
    yield '</th><th class="num">已逾期</th><th class="num">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.completion', _block_vars=_block_vars))
    yield '</th></tr></thead>\n    <tbody>\n'
    for l_1_part in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'parts'):
        _loop_vars = {}
        pass
        yield '      <tr><td>'
        yield escape(environment.getattr(l_1_part, 'no'))
        yield '、'
        yield escape(environment.getattr(l_1_part, 'title'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_part, 'obligations'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_part, 'completed'))
        yield '</td><td class="num">'
        yield escape(environment.getattr(l_1_part, 'overdue'))
        yield '</td><td class="num">'
        yield escape(t_3(environment.getattr(l_1_part, 'completion')))
        yield '</td></tr>\n'
    l_1_part = missing
    yield '    </tbody>\n  </table>\n</section>\n'

def block_footer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_report = resolve('report')
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    pass
    yield '<p class="foot">'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.generated', as_of=t_1(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of')), _block_vars=_block_vars))
    yield '</p>\n'

blocks = {'style': block_style, 'header': block_header, 'figures': block_figures, 'completed': block_completed, 'overdue': block_overdue, 'upcoming': block_upcoming, 'units': block_units, 'parts': block_parts, 'footer': block_footer}
debug_info = '4=15&7=18&9=22&13=24&14=30&76=32&86=34&108=36&131=38&164=40&180=42&194=44&220=46&14=49&76=59&78=78&79=82&80=84&81=87&86=91&88=132&89=134&91=136&92=144&93=148&94=150&98=154&100=162&101=166&108=177&109=212&110=216&111=218&112=224&113=229&114=233&116=235&118=250&119=254&120=262&121=271&122=274&131=300&132=344&133=348&134=350&135=352&136=359&137=365&138=368&139=372&140=374&141=377&142=383&143=391&147=399&148=405&149=410&150=414&152=416&154=427&155=431&164=453&165=489&166=493&167=495&169=503&171=515&172=519&180=544&182=567&184=569&186=575&187=579&194=602&196=644&197=646&198=653&199=659&200=662&201=666&202=668&203=671&204=679&205=687&206=695&210=707&212=715&213=719&220=734&221=751'
zwgk_source = '558c02311555d54417f06e88b429ea5ca13a57c7fc3885711b175552bbcdccbe'
zwgk_jinja = '3.1.6'
