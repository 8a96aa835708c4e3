# Compiled from templates/notice.md.j2 by scripts/compile_templates.py: do not edit.
from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'notice.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_t = resolve('t')
    l_0_notice = resolve('notice')
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
        t_3 = environment.tests['defined']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'defined' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '# '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.title'))
    yield '\n\n'
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.to', unit=t_2(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'unit_name'))))
    yield '\n\n'
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.body', plan=t_2(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'plan_title')), as_of=t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'as_of')), overdue=environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'overdue'), due_soon=environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'due_soon'), reply_by=t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'reply_by')), issuer=t_2(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'issuer'))))
    yield '\n\n| '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.no'))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.req'))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.text'))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.period'))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.due'))
    yield ' | '
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'col.status'))
    yield ' |\n|---:|---|---|---|---|---|\n'
    l_1_loop = missing
    for l_1_ln, l_1_loop in LoopContext(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'lines'), undefined):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.getattr(l_1_loop, 'index'))
        yield ' | '
        yield str(t_2(environment.getattr(l_1_ln, 'req')))
        yield ' | '
        if (t_3(environment.getattr(l_1_loop, 'previtem')) and (environment.getattr(environment.getattr(l_1_loop, 'previtem'), 'req') == environment.getattr(l_1_ln, 'req'))):
            pass
            yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'report.same_as_above', _loop_vars=_loop_vars))
        else:
            pass
            yield str(t_2(environment.getattr(l_1_ln, 'text')))
        yield ' | '
        yield str(t_2((environment.getattr(l_1_ln, 'period') or '')))
        yield ' | '
        yield str(t_1(environment.getattr(l_1_ln, 'due')))
        if environment.getattr(l_1_ln, 'moved'):
            pass
            yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.last_workday', day=t_1(environment.getattr(l_1_ln, 'last_workday')), _loop_vars=_loop_vars))
        yield ' | '
        if (environment.getattr(l_1_ln, 'status') == 'overdue'):
            pass
            yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.days_late', n=environment.getattr(l_1_ln, 'days_late'), _loop_vars=_loop_vars))
        elif t_4(environment.getattr(l_1_ln, 'days_left')):
            pass
            yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'status.due_on', due=t_1(environment.getattr(l_1_ln, 'due')), _loop_vars=_loop_vars))
        else:
            pass
            yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.days_left', n=environment.getattr(l_1_ln, 'days_left'), _loop_vars=_loop_vars))
        yield ' |\n'
    l_1_loop = l_1_ln = missing
    yield '\n'
    yield str(environment.call(context, (undefined(name='t') if l_0_t is missing else l_0_t), 'notice.reply', reply_by=t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'reply_by'))))
    yield '\n\n'
    yield str(t_2(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'issuer')))
    yield '\n'
    yield str(t_1(environment.getattr((undefined(name='notice') if l_0_notice is missing else l_0_notice), 'as_of')))
    yield '\n'

blocks = {}
debug_info = '3=38&5=40&7=42&9=44&11=57&12=61&15=91&17=93&18=95'
zwgk_source = '3f302a35f5a66279b6deee5248ea2d4778b0b91a095a0bb9d8496af39183234b'
zwgk_jinja = '3.1.6'
