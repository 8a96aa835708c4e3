# Compiled from templates/diff.md.j2 by scripts/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'diff.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_diff = resolve('diff')
    try:
        t_1 = environment.filters['iso']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'iso' found.")
    try:
        t_2 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_3 = environment.filters['md']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'md' found.")
    try:
        t_4 = environment.filters['status']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'status' found.")
    pass
    yield '### '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'diff.md_title', before=t_3(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'before')), after=t_3(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'after'))))
    yield '\n\n'
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'diff.md_as_of', as_of=t_1(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'as_of'))))
    yield '\n'
    if environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'empty'):
        pass
        yield '\n'
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'diff.nothing'))
        yield '\n'
    if environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'entries'):
        pass
        yield '\n**'
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'diff.entries', n=t_2(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'entries'))))
        yield '**\n\n| '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.change'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.unit'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.entry'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.before'))
        yield ' |\n|---|---|---|---|---|\n'
        for l_1_c in environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'entries'):
            l_1_entry_words = resolve('entry_words')
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), environment.made(str_join(('diff.change_', environment.getattr(l_1_c, 'change'), ))), _loop_vars=_loop_vars))
            yield ' | '
            yield str(t_3(environment.call(context, environment.getattr(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'directory'), 'name'), environment.getattr(environment.getattr(l_1_c, 'entry'), 'unit'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(t_3(environment.getattr(environment.getattr(l_1_c, 'entry'), 'req')))
            yield ' | '
            yield str(t_3(environment.call(context, (undefined(name='entry_words') if l_1_entry_words is missing else l_1_entry_words), environment.getattr(l_1_c, 'entry'), _loop_vars=_loop_vars)))
            yield ' | '
            if (environment.getattr(l_1_c, 'change') == 'edited'):
                pass
                yield str(t_3(environment.call(context, (undefined(name='entry_words') if l_1_entry_words is missing else l_1_entry_words), environment.getattr(l_1_c, 'before'), _loop_vars=_loop_vars)))
            elif (environment.getattr(l_1_c, 'change') == 'moved'):
                pass
                yield str(t_3(environment.getitem(environment.call(context, environment.getattr(environment.getattr(environment.getattr(l_1_c, 'before'), 'path'), 'rsplit'), ':', 1, _loop_vars=_loop_vars), -1)))
            yield ' |\n'
        l_1_c = l_1_entry_words = missing
    if environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'statuses'):
        pass
        yield '\n**'
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'diff.statuses', n=t_2(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'statuses'))))
        yield '**\n\n| '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.unit'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.before'))
        yield ' | '
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.after'))
        yield ' |\n|---|---|---|---|---|\n'
        for l_1_s in environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'statuses'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(t_3(environment.getattr(l_1_s, 'req')))
            yield ' | '
            yield str(t_3(environment.call(context, environment.getattr(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'directory'), 'name'), environment.getattr(l_1_s, 'unit'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(t_3((environment.getattr(l_1_s, 'period') or '')))
            yield ' | '
            yield str((t_4(environment.getattr(l_1_s, 'before')) if environment.getattr(l_1_s, 'before') else '—'))
            yield ' | '
            yield str((t_4(environment.getattr(l_1_s, 'after')) if environment.getattr(l_1_s, 'after') else '—'))
            yield ' |\n'
        l_1_s = missing
    if environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'plan'):
        pass
        yield '\n**'
        yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'diff.plan', n=t_2(environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'plan'))))
        yield '**\n\n'
        for l_1_p in environment.getattr((undefined(name='diff') if l_0_diff is missing else l_0_diff), 'plan'):
            l_1_plan_words = resolve('plan_words')
            _loop_vars = {}
            pass
            yield '- '
            yield str(t_3(environment.call(context, (undefined(name='plan_words') if l_1_plan_words is missing else l_1_plan_words), l_1_p, _loop_vars=_loop_vars)))
            yield '\n'
        l_1_p = l_1_plan_words = missing

blocks = {}
debug_info = '4=38&6=40&7=42&9=45&11=47&13=50&15=52&17=62&18=67&21=83&23=86&25=88&27=98&28=102&31=113&33=116&35=118&36=123'
zwgk_source = 'a1811a507abef92b44f15c52149ef6e0c5fb2aed5aa6dad8492f1d9a5dd21d1f'
zwgk_jinja = '3.1.6'
