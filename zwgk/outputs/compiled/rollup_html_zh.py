# Compiled from templates/rollup.html.j2 by scripts/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rollup.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_lang = resolve('lang')
    l_0_t = resolve('t')
    l_0_rollup = resolve('rollup')
    l_0_d = missing
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['pct']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'pct' found.")
    try:
        t_4 = environment.filters['short']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'short' found.")
    pass
    yield '<!DOCTYPE html>\n<html lang="'
    yield escape(('zh-CN' if ((undefined(name='lang') if l_0_lang is missing else l_0_lang) == 'zh') else 'en'))
    yield '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_title', as_of=environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'as_of')))
    yield '</title>\n<style>\n  body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: #1f2328;\n         font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",\n                      "PingFang SC", "SimHei", "Helvetica Neue", Arial, sans-serif;\n         font-size: 14px; line-height: 1.6; }\n  h1 { font-size: 1.5rem; text-align: center; }\n  h2 { font-size: 1.15rem; border-bottom: 2px solid #1f2328; margin-top: 2rem; }\n  table { border-collapse: collapse; width: 100%; margin: .25rem 0 1rem; }\n  th, td { border: 1px solid #d0d7de; padding: .3rem .45rem; vertical-align: top;\n           text-align: left; overflow-wrap: anywhere; }\n  th { background: #f3f5f7; white-space: nowrap; }\n  td.name { white-space: nowrap; }\n  td.n { text-align: right; font-variant-numeric: tabular-nums; }\n  .bad { color: #b42318; font-weight: 600; }\n  .muted { color: #59636e; }\n  @media print { body { max-width: none; } }\n</style>\n</head>\n<body>\n<h1>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_title', as_of=environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'as_of')))
    yield '</h1>\n'
    l_0_d = environment.getattr(environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'totals'), 'dated')
    context.vars['d'] = l_0_d
    context.exported_vars.add('d')
    yield '<p>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_computed', n=environment.getattr(environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'totals'), 'computed'), of=environment.getattr(environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'totals'), 'counties')))
    yield ' ·\n'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_completion'))
    yield ' '
    yield escape(t_3(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'completion')))
    yield ' ·\n'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_on_time'))
    yield ' '
    yield escape(t_3(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'on_time_rate')))
    yield '</p>\n<table>\n<thead><tr>\n'
    for l_1_key in ['name', 'year', 'state', 'obligations', 'done', 'late', 'overdue', 'due_soon', 'completion', 'on_time', 'copy']:
        _loop_vars = {}
        pass
        yield '<th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), environment.made(markup_join(('output.rollup_col_', l_1_key, ))), _loop_vars=_loop_vars))
        yield '</th>\n'
    l_1_key = missing
    yield '</tr></thead>\n<tbody>\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'counties'), undefined):
        l_1_words = resolve('words')
        l_1_w = missing
        _loop_vars = {}
        pass
        l_1_w = environment.getitem((undefined(name='words') if l_1_words is missing else l_1_words), environment.getattr(l_1_loop, 'index0'))
        _loop_vars['w'] = l_1_w
        yield '<tr>\n<td class="name">'
        yield escape(environment.getattr(l_1_c, 'name'))
        yield '</td>\n<td class="n">'
        yield escape((environment.getattr(environment.getattr(l_1_c, 'plan'), 'year') if environment.getattr(l_1_c, 'plan') else '-'))
        yield '</td>\n<td'
        if (environment.getattr(l_1_c, 'state') != 'ok'):
            pass
            yield ' class="bad"'
        yield '>'
        yield escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'state'))
        yield '</td>\n'
        if environment.getattr(l_1_c, 'dated'):
            pass
            yield '<td class="n">'
            yield escape(environment.getattr(environment.getattr(l_1_c, 'dated'), 'obligations'))
            yield '</td><td class="n">'
            yield escape(environment.getattr(environment.getattr(l_1_c, 'dated'), 'done'))
            yield '</td>\n<td class="n">'
            yield escape(environment.getattr(environment.getattr(l_1_c, 'dated'), 'late'))
            yield '</td><td class="n">'
            yield escape(environment.getattr(environment.getattr(l_1_c, 'dated'), 'overdue'))
            yield '</td>\n<td class="n">'
            yield escape(environment.getattr(environment.getattr(l_1_c, 'dated'), 'due_soon'))
            yield '</td><td class="n">'
            yield escape(t_3(environment.getattr(environment.getattr(l_1_c, 'dated'), 'completion')))
            yield '</td>\n<td class="n">'
            yield escape(t_3(environment.getattr(environment.getattr(l_1_c, 'dated'), 'on_time_rate')))
            yield '</td>\n'
        else:
            pass
            yield '<td class="n">-</td><td class="n">-</td><td class="n">-</td><td class="n">-</td><td class="n">-</td><td class="n">-</td><td class="n">-</td>\n'
        yield '<td class="muted">'
        yield escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'source'))
        yield '</td>\n</tr>\n'
    l_1_loop = l_1_c = l_1_words = l_1_w = missing
    yield '<tr><th>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_total'))
    yield '</th><td></td><td></td>\n<td class="n">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'obligations'))
    yield '</td><td class="n">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'done'))
    yield '</td><td class="n">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'late'))
    yield '</td>\n<td class="n">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'overdue'))
    yield '</td><td class="n">'
    yield escape(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'due_soon'))
    yield '</td>\n<td class="n">'
    yield escape(t_3(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'completion')))
    yield '</td><td class="n">'
    yield escape(t_3(environment.getattr((undefined(name='d') if l_0_d is missing else l_0_d), 'on_time_rate')))
    yield '</td><td></td></tr>\n</tbody>\n</table>\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'counties'), undefined):
        l_1_words = resolve('words')
        l_1_w = missing
        _loop_vars = {}
        pass
        l_1_w = environment.getitem((undefined(name='words') if l_1_words is missing else l_1_words), environment.getattr(l_1_loop, 'index0'))
        _loop_vars['w'] = l_1_w
        if environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'why'):
            pass
            yield '<h2>'
            yield escape(environment.getattr(l_1_c, 'name'))
            yield '：'
            yield escape(environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'state'))
            yield '</h2>\n<ul>\n'
            for l_2_line in environment.getattr((undefined(name='w') if l_1_w is missing else l_1_w), 'why'):
                _loop_vars = {}
                pass
                yield '<li>'
                yield escape(l_2_line)
                yield '</li>\n'
            l_2_line = missing
            yield '</ul>\n'
    l_1_loop = l_1_c = l_1_words = l_1_w = missing
    yield '<h2>'
    yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_late_across', n=t_2(environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'late_across'))))
    yield '</h2>\n'
    if environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'late_across'):
        pass
        yield '<table>\n<thead><tr><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_req'))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_text'))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_counties'))
        yield '</th><th>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_overdue'))
        yield '</th></tr></thead>\n<tbody>\n'
        for l_1_x in environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'late_across'):
            _loop_vars = {}
            pass
            yield '<tr><td>'
            yield escape(environment.getattr(l_1_x, 'req'))
            yield '</td><td>'
            yield escape(environment.getattr(l_1_x, 'text'))
            yield '</td><td>'
            yield escape(t_1(context.eval_ctx, environment.getattr(l_1_x, 'counties'), environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'common.list_sep', _loop_vars=_loop_vars)))
            yield '</td><td class="n">'
            yield escape(environment.getattr(l_1_x, 'obligations'))
            yield '</td></tr>\n'
        l_1_x = missing
        yield '</tbody>\n</table>\n'
    else:
        pass
        yield '<p>'
        yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_late_none'))
        yield '</p>\n'
    l_1_loop = missing
    for l_1_c, l_1_loop in LoopContext(environment.getattr((undefined(name='rollup') if l_0_rollup is missing else l_0_rollup), 'counties'), undefined):
        l_1_words = resolve('words')
        l_1_w = missing
        _loop_vars = {}
        pass
        l_1_w = environment.getitem((undefined(name='words') if l_1_words is missing else l_1_words), environment.getattr(l_1_loop, 'index0'))
        _loop_vars['w'] = l_1_w
        if environment.getattr(l_1_c, 'overdue'):
            pass
            yield '<h2>'
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_overdue_of', name=environment.getattr(l_1_c, 'name'), n=t_2(environment.getattr(l_1_c, 'overdue')), _loop_vars=_loop_vars))
            yield '</h2>\n<table>\n<thead><tr><th>'
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_unit', _loop_vars=_loop_vars))
            yield '</th><th>'
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_req', _loop_vars=_loop_vars))
            yield '</th><th>'
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_text', _loop_vars=_loop_vars))
            yield '</th><th>'
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_due', _loop_vars=_loop_vars))
            yield '</th><th>'
            yield escape(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'output.rollup_col_days_late', _loop_vars=_loop_vars))
            yield '</th></tr></thead>\n<tbody>\n'
            for l_2_o in environment.getattr(l_1_c, 'overdue'):
                _loop_vars = {}
                pass
                yield '<tr><td>'
                yield escape(environment.getattr(l_2_o, 'unit_name'))
                yield '</td><td>'
                yield escape(environment.getattr(l_2_o, 'req'))
                if environment.getattr(l_2_o, 'period'):
                    pass
                    yield ' ('
                    yield escape(environment.getattr(l_2_o, 'period'))
                    yield ')'
                yield '</td><td>'
                yield escape(t_4(environment.getattr(l_2_o, 'text'), 60))
                yield '</td><td>'
                yield escape(environment.getattr(l_2_o, 'due'))
                yield '</td><td class="n">'
                yield escape(environment.getattr(l_2_o, 'days_late'))
                yield '</td></tr>\n'
            l_2_o = missing
            yield '</tbody>\n</table>\n'
    l_1_loop = l_1_c = l_1_words = l_1_w = missing
    yield '</body>\n</html>\n'

blocks = {}
debug_info = '6=40&10=42&30=44&31=46&32=50&33=52&34=56&37=60&38=64&42=69&43=74&45=77&46=79&47=81&48=87&49=90&50=94&51=98&52=102&56=108&59=112&60=114&61=120&62=124&65=129&66=134&67=136&68=139&70=143&75=153&76=155&78=158&80=166&81=170&86=183&88=186&89=191&90=193&91=196&93=198&95=208&96=212'
zwgk_source = 'a4935eae7ad6b08de5ea9a517a29fec4adf5ac8050e0915cbcc9f517da9142a7'
zwgk_jinja = '3.1.6'
