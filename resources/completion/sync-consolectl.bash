# bash completion for sync-consolectl
_sync_consolectl()
{
    local cur prev words cword
    _init_completion 2>/dev/null || {
        cur="${COMP_WORDS[COMP_CWORD]}"
        prev="${COMP_WORDS[COMP_CWORD-1]}"
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    }
    local commands="status pause resume terminate enable drafts diff deploy discard deployments
        redeploy logs scenarios runbook devices time"
    local common="--json --yes --base-url --pin --group --app --profile --scenario --lang --timeout
        --help --version"
    case "$prev" in
        --config) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "en de ja" -- "$cur")); return ;;
        --type) COMPREPLY=($(compgen -W "SYNC_ERROR SYNC_SESSION_START SYNC_SESSION_END
            SYNC_CONNECTION_START SYNC_CONNECTION_END SYNC_CLIENT_WRITE SYNC_OTHER" -- "$cur"))
            return ;;
        --scenario)
            COMPREPLY=($(compgen -W "$(sync-consolectl scenarios 2>/dev/null | cut -f1)" -- "$cur"))
            return ;;
        --base-url|--pin|--group|--app|--profile|--timeout|--interval|--count|--name|--since|--user|--wait)
            return ;;
    esac
    local command="" w
    for w in "${words[@]:1:cword-1}"; do
        case "$w" in -*) ;; *) command="$w"; break ;; esac
    done
    if [[ -z "$command" ]]; then
        COMPREPLY=($(compgen -W "$commands $common" -- "$cur"))
        return
    fi
    local extra=""
    case "$command" in
        status) extra="--watch --interval --count" ;;
        pause|resume|terminate) extra="--dry-run" ;;
        enable) extra="--dry-run --from-snapshot --config" ;;
        deploy) extra="--name" ;;
        drafts) extra="on off" ;;
        logs) extra="--type --errors --since --user --follow --interval --count" ;;
        runbook) extra="terminate-and-reenable --wait" ;;
    esac
    COMPREPLY=($(compgen -W "$extra $common" -- "$cur"))
}
complete -F _sync_consolectl sync-consolectl
