# Compiled from templates/report.md.j2 by scripts/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_report = resolve('report')
    l_0_p = missing
    pass
    l_0_p = environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'period')
    context.vars['p'] = l_0_p
    context.exported_vars.add('p')
    yield from context.blocks['header'][0](context)
    yield from context.blocks['figures'][0](context)
    yield from context.blocks['completed'][0](context)
    yield from context.blocks['overdue'][0](context)
    yield from context.blocks['upcoming'][0](context)
    yield from context.blocks['units'][0](context)
    yield from context.blocks['parts'][0](context)

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
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    pass
    yield '# '
    yield str(t_2(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'plan_title')))
    yield ' · '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), environment.made(str_join(('report.title_', environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'kind'), ))), _block_vars=_block_vars))
    yield '\n\n'
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.period_line', label=environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'label'), start=t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'start')), end=t_1(environment.getattr((undefined(name='p') if l_0_p is missing else l_0_p), 'end')), as_of=t_1(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of')), _block_vars=_block_vars))
    yield '\n\n'
    if (undefined(name='incomplete') if l_0_incomplete is missing else l_0_incomplete):
        pass
        yield '> **'
        yield str(t_2((undefined(name='incomplete') if l_0_incomplete is missing else l_0_incomplete)))
        yield '**\n\n'

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
        t_3 = environment.filters['figure']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'figure' found.")
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_5 = environment.filters['signed']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'signed' found.")
    pass
    yield '## '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_figures', _block_vars=_block_vars))
    yield '\n\n'
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.figures_line', total=environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'total'), exempt=environment.getattr(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'counts'), 'exempt'), completed=environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'completed'), completion=t_4(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'completion')), overdue=environment.getattr(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'counts'), 'overdue'), on_time=t_4(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'figures'), 'on_time_rate')), _block_vars=_block_vars))
    yield '\n\n| '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_figure', _block_vars=_block_vars))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_now', date=t_1(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'as_of')), _block_vars=_block_vars))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_before', date=t_1(environment.getattr(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'previous'), 'as_of')), _block_vars=_block_vars))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.col_change', _block_vars=_block_vars))
    yield ' |\n|---|---:|---:|---:|\n'
    for l_1_c in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'changes'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_3(environment.getattr(l_1_c, 'code')))
        yield ' | '
        yield str(environment.getattr(l_1_c, 'now'))
        yield ' | '
        yield str(environment.getattr(l_1_c, 'before'))
        yield ' | '
        yield str(t_5(environment.getattr(l_1_c, 'delta')))
        yield ' |\n'
    l_1_c = missing
    yield '\n'

def block_completed(context, missing=missing, environment=environment):
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
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_7 = environment.filters['md_link']
    except KeyError:
        @internalcode
        def t_7(*unused):
            raise TemplateRuntimeError("No filter named 'md_link' found.")
    try:
        t_8 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    pass
    yield '## '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_completed', _block_vars=_block_vars))
    yield '\n\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'completed')):
        pass
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.none', _block_vars=_block_vars))
        yield '\n'
    l_1_loop = missing
    for l_1_group, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'completed'), undefined):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.group_heading', unit=t_2(environment.getattr(l_1_group, 'unit_name')), n=t_6(environment.getattr(l_1_group, 'lines')), _loop_vars=_loop_vars))
        yield '\n\n| '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.completed', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.status', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.note', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.evidence', _loop_vars=_loop_vars))
        yield ' |\n|---|---|---|---|---|---|---|\n'
        l_2_loop = missing
        for l_2_ln, l_2_loop in LoopContext(environment.getattr(l_1_group, 'lines'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_2_ln, 'req')))
            yield ' | '
            yield str(t_2((environment.getattr(l_2_ln, 'period') or '')))
            yield ' | '
            yield str(t_1(environment.getattr(l_2_ln, 'due')))
            yield ' | '
            yield str(t_1(environment.getattr(l_2_ln, 'completed')))
            yield ' | '
            if environment.getattr(l_2_ln, 'days_late'):
                pass
                yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.late_by', status=t_8(environment.getattr(l_2_ln, 'status')), n=environment.getattr(l_2_ln, 'days_late'), _loop_vars=_loop_vars))
            else:
                pass
                yield str(t_8(environment.getattr(l_2_ln, 'status')))
            yield ' | '
            yield str((t_2(environment.getattr(l_2_ln, 'note')) if environment.getattr(l_2_ln, 'note') else ''))
            yield ' | '
            l_3_loop = missing
            for l_3_e, l_3_loop in LoopContext(environment.getattr(l_2_ln, 'evidence'), undefined):
                _loop_vars = {}
                pass
                yield str(t_7(l_3_e))
                if (not environment.getattr(l_3_loop, 'last')):
                    pass
                    yield '<br>'
            l_3_loop = l_3_e = missing
            yield ' |\n'
        l_2_loop = l_2_ln = missing
        yield '\n'
    l_1_loop = l_1_group = missing

def block_overdue(context, missing=missing, environment=environment):
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
    try:
        t_6 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_9 = environment.filters['short']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'short' found.")
    try:
        t_10 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_10(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    pass
    yield '## '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_overdue', _block_vars=_block_vars))
    yield '\n\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue')):
        pass
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.none', _block_vars=_block_vars))
        yield '\n'
    l_1_loop = missing
    for l_1_group, l_1_loop in LoopContext(environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'overdue'), undefined):
        _loop_vars = {}
        pass
        yield '### '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.group_heading', unit=t_2(environment.getattr(l_1_group, 'unit_name')), n=t_6(environment.getattr(l_1_group, 'lines')), _loop_vars=_loop_vars))
        yield '\n\n| '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.days_late', _loop_vars=_loop_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.text', _loop_vars=_loop_vars))
        yield ' |\n|---|---|---|---:|---|\n'
        l_2_loop = missing
        for l_2_ln, l_2_loop in LoopContext(environment.getattr(l_1_group, 'lines'), undefined):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_2(environment.getattr(l_2_ln, 'req')))
            yield ' | '
            yield str(t_2((environment.getattr(l_2_ln, 'period') or '')))
            yield ' | '
            yield str(t_1(environment.getattr(l_2_ln, 'due')))
            yield ' | '
            yield str(environment.getattr(l_2_ln, 'days_late'))
            yield ' | '
            if (t_10(environment.getattr(l_2_loop, 'previtem')) and (environment.getattr(environment.getattr(l_2_loop, 'previtem'), 'req') == environment.getattr(l_2_ln, 'req'))):
                pass
                yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.same_as_above', _loop_vars=_loop_vars))
            else:
                pass
                yield str(t_2(t_9(environment.getattr(l_2_ln, 'text'))))
            yield ' |\n'
        l_2_loop = l_2_ln = missing
        yield '\n'
    l_1_loop = l_1_group = missing

def block_upcoming(context, missing=missing, environment=environment):
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
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_9 = environment.filters['short']
    except KeyError:
        @internalcode
        def t_9(*unused):
            raise TemplateRuntimeError("No filter named 'short' found.")
    try:
        t_11 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_11(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '## '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_upcoming', n=environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'upcoming_days'), _block_vars=_block_vars))
    yield '\n\n'
    if (not environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'upcoming')):
        pass
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.none', _block_vars=_block_vars))
        yield '\n'
    else:
        pass
        yield '| '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due', _block_vars=_block_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.days_left', _block_vars=_block_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req', _block_vars=_block_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.unit', _block_vars=_block_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period', _block_vars=_block_vars))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.text', _block_vars=_block_vars))
        yield ' |\n|---|---:|---|---|---|---|\n'
        for l_1_ln in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'upcoming'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_1(environment.getattr(l_1_ln, 'due')))
            if environment.getattr(l_1_ln, 'moved'):
                pass
                yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.last_workday', day=t_1(environment.getattr(l_1_ln, 'last_workday')), _loop_vars=_loop_vars))
            yield ' | '
            yield str(('-' if t_11(environment.getattr(l_1_ln, 'days_left')) else environment.getattr(l_1_ln, 'days_left')))
            yield ' | '
            yield str(t_2(environment.getattr(l_1_ln, 'req')))
            yield ' | '
            yield str(t_2(environment.getattr(l_1_ln, 'unit_name')))
            yield ' | '
            yield str(t_2((environment.getattr(l_1_ln, 'period') or '')))
            yield ' | '
            yield str(t_2(t_9(environment.getattr(l_1_ln, 'text'))))
            yield ' |\n'
        l_1_ln = missing
    yield '\n'

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
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_8 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    pass
    yield '## '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_units', _block_vars=_block_vars))
    yield '\n\n| '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.unit', _block_vars=_block_vars))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.obligations', _block_vars=_block_vars))
    yield ' | done | late | overdue | due soon | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.on_time_rate', _block_vars=_block_vars))
    yield ' | reported | not reported |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n'
    for l_1_u in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'units'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_2(environment.getattr(l_1_u, 'unit_name')))
        yield ' | '
        yield str(environment.getattr(l_1_u, 'obligations'))
        yield ' | '
        yield str(environment.getattr(environment.getattr(l_1_u, 'dated'), 'done'))
        yield ' | '
        yield str(environment.getattr(environment.getattr(l_1_u, 'dated'), 'late'))
        yield ' | '
        yield str(environment.getattr(environment.getattr(l_1_u, 'dated'), 'overdue'))
        yield ' | '
        yield str(environment.getattr(environment.getattr(l_1_u, 'dated'), 'due_soon'))
        yield ' | '
        yield str(t_4(environment.getattr(l_1_u, 'on_time_rate')))
        yield ' | '
        yield str(environment.getattr(environment.getattr(l_1_u, 'standing'), 'recorded'))
        yield ' | '
        yield str(environment.getattr(environment.getattr(l_1_u, 'standing'), 'unrecorded'))
        yield ' |\n'
    l_1_u = missing
    yield '\n'

def block_parts(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_report = resolve('report')
    try:
        t_2 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_8 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_8(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    pass
    yield '## '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.h_parts', _block_vars=_block_vars))
    yield '\n\n| '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.part', _block_vars=_block_vars))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.obligations', _block_vars=_block_vars))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.completed', _block_vars=_block_vars))
    yield ' | overdue | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.completion', _block_vars=_block_vars))
    yield ' |\n|---|---:|---:|---:|---:|\n'
    for l_1_part in environment.getattr((undefined(name='report') if l_0_report is missing else l_0_report), 'parts'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(t_2(environment.getattr(l_1_part, 'no')))
        yield '、'
        yield str(t_2(environment.getattr(l_1_part, 'title')))
        yield ' | '
        yield str(environment.getattr(l_1_part, 'obligations'))
        yield ' | '
        yield str(environment.getattr(l_1_part, 'completed'))
        yield ' | '
        yield str(environment.getattr(l_1_part, 'overdue'))
        yield ' | '
        yield str(t_4(environment.getattr(l_1_part, 'completion')))
        yield ' |\n'
    l_1_part = missing

blocks = {'header': block_header, 'figures': block_figures, 'completed': block_completed, 'overdue': block_overdue, 'upcoming': block_upcoming, 'units': block_units, 'parts': block_parts}
debug_info = '5=13&6=16&16=17&28=18&45=19&62=20&76=21&86=22&6=24&7=49&9=53&11=55&12=58&16=61&17=96&19=98&21=100&23=108&24=112&28=123&29=164&31=166&32=168&34=171&35=175&37=177&39=192&40=196&45=227&46=268&48=270&49=272&51=275&52=279&54=281&56=292&57=296&62=315&63=350&65=352&66=354&68=359&70=371&71=375&76=393&77=422&79=424&81=430&82=434&86=455&87=484&89=486&91=494&92=498'
zwgk_source = 'bad73b15c8bbb442af153aceb04664af2bfcf5c6d3f429ac005acc63390f7668'
zwgk_jinja = '3.1.6'
